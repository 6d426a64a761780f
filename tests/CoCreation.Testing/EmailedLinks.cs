using System.Text.RegularExpressions;

namespace CoCreation.Testing;

/// <summary>The links the portal's emails carry, as a test finds them in a message's text.</summary>
public static partial class EmailedLinks
{
    /// <summary>The link that confirms a new account's email address.</summary>
    [GeneratedRegex(@"https?://\S+/account/confirm-email\?\S+")]
    public static partial Regex ConfirmEmail();

    /// <summary>The link of an invitation to a government contact's account.</summary>
    [GeneratedRegex(@"https?://\S+/account/accept-invitation\?code=[A-Za-z0-9_-]+")]
    public static partial Regex Invitation();

    /// <summary>The link that confirms a subscription to the newsletter.</summary>
    [GeneratedRegex(@"https?://\S+/newsletter/confirm\?token=\S+")]
    public static partial Regex NewsletterConfirmation();

    /// <summary>The link that confirms a registration to an event.</summary>
    [GeneratedRegex(@"https?://\S+/confirm\?token=\S+")]
    public static partial Regex RegistrationConfirmation();

    /// <summary>The link that cancels a registration to an event.</summary>
    [GeneratedRegex(@"https?://\S+/events/cancel/[0-9a-f-]+")]
    public static partial Regex RegistrationCancellation();

    /// <summary>
    /// The token of the confirmation link that <paramref name="link"/> finds in <paramref name="body"/>, unescaped as the
    /// confirming command takes it.
    /// </summary>
    public static string TokenIn(Regex link, string body) => Uri.UnescapeDataString(link.Match(body).Value.Split("token=")[1]);
}
