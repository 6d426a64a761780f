using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoCreation.Web.Pages;

/// <summary>
/// /design: the design system's tokens and components side by side (docs/design.md), for whoever builds a page.
/// Mapped in Development only (PagesSetup); anywhere else the address does not exist.
/// </summary>
public sealed class DesignModel(IWebHostEnvironment environment) : PageModel
{
    /// <summary>The step tracker in each way a submission's life can go.</summary>
    public IReadOnlyList<IReadOnlyList<Progress.Stage>> Journeys { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        var sent = new DateTimeOffset(2017, 3, 27, 9, 0, 0, TimeSpan.Zero);
        Details.Step Step(SubmissionStepKind kind, int days) => new(kind, sent.AddDays(days), null);
        Journeys =
        [
            Progress.Of(SubmissionStatus.Pending, [Step(SubmissionStepKind.Submitted, 0)]),
            Progress.Of(
                SubmissionStatus.AwaitingContact,
                [Step(SubmissionStepKind.Submitted, 0), Step(SubmissionStepKind.Published, 1), Step(SubmissionStepKind.AwaitingContact, 1)]
            ),
            Progress.Of(
                SubmissionStatus.Answered,
                [
                    Step(SubmissionStepKind.Submitted, 0),
                    Step(SubmissionStepKind.Published, 1),
                    Step(SubmissionStepKind.Forwarded, 2),
                    Step(SubmissionStepKind.Answered, 15),
                ]
            ),
            Progress.Of(SubmissionStatus.Rejected, [Step(SubmissionStepKind.Submitted, 0), Step(SubmissionStepKind.Rejected, 1)]),
            Progress.Of(
                SubmissionStatus.Withdrawn,
                [Step(SubmissionStepKind.Submitted, 0), Step(SubmissionStepKind.Published, 1), Step(SubmissionStepKind.Withdrawn, 4)]
            ),
        ];
        return Page();
    }
}
