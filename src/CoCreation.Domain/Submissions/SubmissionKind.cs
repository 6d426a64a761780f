namespace CoCreation.Domain.Submissions;

/// <summary>What a participant sends about one member's NAP.</summary>
public enum SubmissionKind
{
    /// <summary>#myNAPask: a commitment the participant wants in the plan.</summary>
    CommitmentProposal,

    /// <summary>#OGPcocreate: a question about the co-creation process.</summary>
    Question,

    /// <summary>Interest in taking part in the development process.</summary>
    Interest,

    /// <summary>A request for help addressed to the OGP Support Unit.</summary>
    HelpRequest,
}

public enum SubmissionStatus
{
    Pending,
    Published,

    /// <summary>Forwarded for a member that has no government contact yet: delivered when one is assigned.</summary>
    AwaitingContact,
    Rejected,
    Spam,
    Forwarded,
    Answered,
    Withdrawn,

    /// <summary>Hidden by readers' reports until the support unit reviews it; its author still sees it, nobody else reads it.</summary>
    UnderReview,

    /// <summary>Taken off the public record by the support unit after readers' reports, with a reason its author reads.</summary>
    Removed,
}

/// <summary>The reasoned response: what became of the submission.</summary>
public enum AnswerOutcome
{
    Included,
    Merged,
    NotIncluded,
    Answered,
}

public enum SubmissionStepKind
{
    Submitted,
    Published,
    Rejected,
    MarkedSpam,
    Edited,
    Forwarded,
    Answered,
    Withdrawn,

    /// <summary>Forwarding held: nobody in the member's government can receive it yet.</summary>
    AwaitingContact,

    /// <summary>Readers' reports reached the threshold: hidden until the support unit looks.</summary>
    HiddenForReview,

    /// <summary>The support unit read the reports and let it be read again.</summary>
    Restored,

    /// <summary>The support unit took it off the public record, with a reason.</summary>
    Removed,
}
