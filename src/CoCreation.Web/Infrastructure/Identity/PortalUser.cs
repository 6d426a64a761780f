using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>An account: a participant, an official, a member of the support unit or an administrator.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public string? Organisation { get; set; }

    /// <summary>Interface language the person chose ("en", "fr", "es"): their emails are written in it.</summary>
    public string PreferredLanguage { get; set; } = "en";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when a moderator marks one of the person's submissions as spam: their next ones are held.</summary>
    public bool IsSpamFlagged { get; set; }
}
