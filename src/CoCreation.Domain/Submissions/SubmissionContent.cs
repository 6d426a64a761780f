using CoCreation.Domain.Common;

namespace CoCreation.Domain.Submissions;

/// <summary>
/// The text of a submission. A proposal has a problem, a proposed commitment and a policy area; a
/// question, an interest or a help request has a body. Language is the language the text is written in: any tag
/// of <see cref="ContentLanguages"/>.
/// </summary>
public sealed record SubmissionContent(
    string Title,
    string Language,
    string? Body = null,
    string? Problem = null,
    string? ProposedCommitment = null,
    string? ExpectedResults = null,
    string? PolicyArea = null,
    string? Organisation = null
)
{
    /// <param name="fromSocialMedia">
    /// A post of a few words: a proposal needs only its proposed commitment; the moderator may complete it.
    /// </param>
    public SubmissionContent CheckedFor(SubmissionKind kind, bool fromSocialMedia = false)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            throw new DomainException("Domain.Submission.TitleRequired");
        }

        if (!ContentLanguages.IsKnown(Language))
        {
            throw new DomainException("Domain.Submission.LanguageUnknown");
        }

        if (kind == SubmissionKind.CommitmentProposal && fromSocialMedia)
        {
            if (string.IsNullOrWhiteSpace(ProposedCommitment) || (PolicyArea is not null && !PolicyAreas.IsKnown(PolicyArea)))
            {
                throw new DomainException("Domain.Submission.ProposalIncomplete");
            }

            return this with
            {
                Title = Title.Trim(),
                Body = null,
                Problem = Clean(Problem),
                ProposedCommitment = ProposedCommitment.Trim(),
                ExpectedResults = Clean(ExpectedResults),
                Organisation = Clean(Organisation),
            };
        }

        if (kind == SubmissionKind.CommitmentProposal)
        {
            if (string.IsNullOrWhiteSpace(Problem) || string.IsNullOrWhiteSpace(ProposedCommitment))
            {
                throw new DomainException("Domain.Submission.ProposalIncomplete");
            }

            if (!PolicyAreas.IsKnown(PolicyArea))
            {
                throw new DomainException("Domain.Submission.PolicyAreaUnknown");
            }

            return this with
            {
                Title = Title.Trim(),
                Body = null,
                Problem = Problem.Trim(),
                ProposedCommitment = ProposedCommitment.Trim(),
                ExpectedResults = Clean(ExpectedResults),
                Organisation = Clean(Organisation),
            };
        }

        if (string.IsNullOrWhiteSpace(Body))
        {
            throw new DomainException("Domain.Submission.BodyRequired");
        }

        return this with
        {
            Title = Title.Trim(),
            Body = Body.Trim(),
            Problem = null,
            ProposedCommitment = null,
            ExpectedResults = null,
            PolicyArea = null,
            Organisation = Clean(Organisation),
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
