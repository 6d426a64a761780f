namespace CoCreation.Domain.Common;

/// <summary>
/// OGP's working languages: the portal's interface, its emails and newsletters, and the languages an event is held in.
/// What participants write may be in any of <see cref="ContentLanguages"/>.
/// </summary>
public static class WorkingLanguages
{
    public static readonly IReadOnlyList<string> All = ["en", "fr", "es"];
}
