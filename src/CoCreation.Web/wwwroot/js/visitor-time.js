// Shows event times in the visitor's own time zone, and remembers the zone in a cookie so the next
// pages come with it already written by the server. Pages work fully without this script.
(function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) { return; }
  if (document.cookie.indexOf('portal-tz=') < 0) {
    document.cookie = 'portal-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax' + (location.protocol === 'https:' ? '; secure' : '');
  }
  var lang = document.documentElement.lang || undefined;
  var spans = document.querySelectorAll('span.visitor-time[data-utc]');
  for (var i = 0; i < spans.length; i++) {
    var when = new Date(spans[i].getAttribute('data-utc'));
    var until = spans[i].getAttribute('data-utc-end');
    var format = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short', timeZone: zone });
    var shown = until && format.formatRange ? format.formatRange(when, new Date(until)) : format.format(when);
    spans[i].textContent = ' · ' + spans[i].getAttribute('data-label').replace('{0}', shown).replace('{1}', zone.split('/').pop().replace(/_/g, ' '));
    spans[i].hidden = false;
  }
})();
