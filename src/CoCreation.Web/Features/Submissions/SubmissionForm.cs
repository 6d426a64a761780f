using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Submissions;

/// <summary>The text of a submission as a form carries it; Submit and the moderators' light edit share it and its rules.</summary>
public record SubmissionForm
{
    /// <summary>Null until the person chooses: a form sent without a choice is refused, never taken for a proposal.</summary>
    public SubmissionKind? Kind { get; set; }

    public string Title { get; set; } = "";

    public string? Body { get; set; }

    public string? Problem { get; set; }

    public string? ProposedCommitment { get; set; }

    public string? ExpectedResults { get; set; }

    public string? PolicyArea { get; set; }

    public string? Organisation { get; set; }

    public string Language { get; set; } = "en";

    public SubmissionContent Content => new(Title, Language, Body, Problem, ProposedCommitment, ExpectedResults, PolicyArea, Organisation);
}

public abstract class SubmissionFormValidator<T> : AbstractValidator<T>
    where T : SubmissionForm
{
    /// <param name="completeProposals">
    /// False for the moderators' light edit: an imported post may stay a short proposal (the domain checks what it needs).
    /// </param>
    protected SubmissionFormValidator(IStringLocalizer<SharedResource> text, bool completeProposals = true)
    {
        RuleFor(c => c.Kind).NotNull().WithMessage(_ => text["Submit.KindRequired"]).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Submission.TitleMax);
        RuleFor(c => c.Language).Must(ContentLanguages.IsKnown).WithMessage(_ => text["Validation.Choice"]);
        RuleFor(c => c.Organisation).MaximumLength(Submission.OrganisationMax);
        When(
            c => c.Kind == SubmissionKind.CommitmentProposal && !completeProposals,
            () =>
            {
                RuleFor(c => c.Problem).MaximumLength(Submission.TextMax);
                RuleFor(c => c.ProposedCommitment).NotEmpty().MaximumLength(Submission.TextMax);
                RuleFor(c => c.ExpectedResults).MaximumLength(Submission.TextMax);
                RuleFor(c => c.PolicyArea)
                    .Must(a => string.IsNullOrEmpty(a) || PolicyAreas.IsKnown(a))
                    .WithMessage(_ => text["Submission.ChoosePolicyArea"]);
            }
        );
        When(
            c => c.Kind == SubmissionKind.CommitmentProposal && completeProposals,
            () =>
            {
                RuleFor(c => c.Problem).NotEmpty().MaximumLength(Submission.TextMax);
                RuleFor(c => c.ProposedCommitment).NotEmpty().MaximumLength(Submission.TextMax);
                RuleFor(c => c.ExpectedResults).MaximumLength(Submission.TextMax);
                RuleFor(c => c.PolicyArea).Must(PolicyAreas.IsKnown).WithMessage(_ => text["Submission.ChoosePolicyArea"]);
            }
        );
        When(
            c => c.Kind is { } kind && kind != SubmissionKind.CommitmentProposal,
            () => RuleFor(c => c.Body).NotEmpty().MaximumLength(Submission.TextMax)
        );
    }
}
