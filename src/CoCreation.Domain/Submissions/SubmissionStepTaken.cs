using Mediator;

namespace CoCreation.Domain.Submissions;

/// <summary>
/// Raised by every transition; the web layer emails the author (and the member's officials on
/// forwarding). It carries the entity because a new submission has no id until it is saved.
/// </summary>
public sealed record SubmissionStepTaken(Submission Submission, SubmissionStepKind Step) : INotification;
