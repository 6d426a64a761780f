using CoCreation.Web.Features.Answers;
using CoCreation.Web.Features.Submissions;

namespace CoCreation.Web.Pages.Answers;

public sealed class AnswerModel : CommandPage<Answer.Command>
{
    public Answer.Model Target { get; private set; } = null!;

    public Details.Model Submission { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(long id) => ShowAsync(id);

    public async Task<IActionResult> OnPostAsync(long id)
    {
        Data = Data with { Id = id };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value ? RedirectToPage("/Submissions/Details", new { id, answered = true }) : NotFound();
        }

        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(long id)
    {
        var target = await Sender.Send(new Answer.Query(id), HttpContext.RequestAborted);
        var submission = target is null ? null : await Sender.Send(new Details.Query(id), HttpContext.RequestAborted);
        if (target is null || submission is null)
        {
            return NotFound();
        }

        Target = target;
        Submission = submission;
        if (Data.Language.Length == 0)
        {
            Data = Data with { Language = ContentLanguages.FirstOf(target.MemberCode) };
        }

        return Page();
    }
}
