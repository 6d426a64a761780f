using System.Text.Json;

namespace CoCreation.Web.Data.Seed;

/// <summary>
/// Example texts for the demo submissions, in the three interface languages. Invented, marked as examples in the demo data.
/// The texts are data, kept in <c>demo-submission-texts.json</c> next to this file (embedded in the assembly).
/// </summary>
internal static class DemoSubmissionTexts
{
    public sealed record Proposal(
        string Language,
        string PolicyArea,
        string Title,
        string Problem,
        string ProposedCommitment,
        string ExpectedResults
    );

    /// <param name="Kind">"Question", "Interest" or "HelpRequest".</param>
    public sealed record Message(string Language, string Kind, string Title, string Body);

    /// <param name="Outcome">"Included", "Merged", "NotIncluded" (proposals) or "Answered" (questions).</param>
    public sealed record Answer(string Language, string Outcome, string Reason);

    public sealed record RejectionReason(string Language, string Reason);

    private sealed record Texts(
        IReadOnlyList<Proposal> Proposals,
        IReadOnlyList<Message> Messages,
        IReadOnlyList<Answer> Answers,
        IReadOnlyList<RejectionReason> RejectionReasons,
        IReadOnlyList<string> Organisations,
        IReadOnlyList<string> AuthorNames
    );

    private static readonly Texts All = Load();

    public static IReadOnlyList<Proposal> Proposals => All.Proposals;

    public static IReadOnlyList<Message> Messages => All.Messages;

    public static IReadOnlyList<Answer> Answers => All.Answers;

    public static IReadOnlyList<RejectionReason> RejectionReasons => All.RejectionReasons;

    public static IReadOnlyList<string> Organisations => All.Organisations;

    public static IReadOnlyList<string> AuthorNames => All.AuthorNames;

    private static Texts Load()
    {
        using var stream = typeof(DemoSubmissionTexts).Assembly.GetManifestResourceStream("CoCreation.Web.demo-submission-texts.json")
            ?? throw new InvalidOperationException("The embedded demo-submission-texts.json is missing.");
        return JsonSerializer.Deserialize<Texts>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("demo-submission-texts.json is empty.");
    }
}
