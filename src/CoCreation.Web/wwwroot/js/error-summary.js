// A refused form: focus moves to the error summary, and each of its links moves focus to its field
// (a link to a fragment only scrolls). Without this script the links still scroll to the fields.
(function () {
  var summary = document.getElementById('form-errors');
  if (!summary) { return; }
  summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    if (!link) { return; }
    var field = document.getElementById(link.getAttribute('href').slice(1));
    if (!field) { return; }
    event.preventDefault();
    var label = document.querySelector('label[for="' + field.id + '"]');
    (label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();
