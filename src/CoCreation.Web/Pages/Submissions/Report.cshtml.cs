using CoCreation.Web.Features.Submissions;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Submissions;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class ReportModel : CommandPage<Report.Command>
{
    public Details.Model? Submission { get; private set; }

    /// <summary>The report hid the submission: the thanks, without the page the reader can no longer open.</summary>
    public bool Done { get; private set; }

    /// <summary>A refused report: the form comes back with its reason and the words typed, whatever the refusal.</summary>
    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, bool done = false)
    {
        Done = done;
        Data.Ready();
        return done ? Page() : await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        Data = Data with { Id = id };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value switch
            {
                null => NotFound(),
                { StillPublic: true } => Redirect(Paths.Submission(id) + "#support"),
                _ => Redirect(Paths.SubmissionReport(id, done: true)),
            };
        }

        Refused = true;
        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(long id) => PageOrNotFoundAsync(new Details.Query(id), found => Submission = found);
}
