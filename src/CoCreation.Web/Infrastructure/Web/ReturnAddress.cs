namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Where a person was going when the portal asked them to sign in or register: carried through sign-in,
/// registration and the emailed confirmation link, and honoured only when it is an address of this
/// portal (a path, never another site), so the goal survives and nobody can be sent elsewhere.
/// </summary>
public static class ReturnAddress
{
    public const int MaxLength = 1000;

    /// <summary>The address when it is a local path, otherwise null.</summary>
    public static string? Safe(string? address) =>
        address is { Length: > 0 and <= MaxLength }
        && address[0] == '/'
        && (address.Length == 1 || (address[1] != '/' && address[1] != '\\'))
        && !address.Any(char.IsControl)
            ? address
            : null;

    /// <summary>Where a person goes once signed in: back where they were going, else staff to "My work", others home.</summary>
    public static string AfterSignIn(string? returnUrl, bool staff) => Safe(returnUrl) ?? (staff ? Paths.MyWork() : Paths.Home());
}
