using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>
/// Refuses passwords found on the shipped list of common passwords, and passwords made of the
/// person's own email address (ASVS 6.2.4 / 6.2.11). No composition rules: length does the work.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> text) : IPasswordValidator<PortalUser>
{
    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static int Count => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        var candidate = (password ?? "").Trim().ToLowerInvariant();
        var email = (user.Email ?? "").ToLowerInvariant();
        var localPart = email.Split('@')[0];
        var isCommon =
            Common.Value.Contains(candidate)
            || (
                email.Length > 0
                && (candidate == email || (localPart.Length >= 4 && candidate.Contains(localPart, StringComparison.Ordinal)))
            )
            || candidate.Distinct().Count() < 4;
        return Task.FromResult(
            isCommon
                ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = text["Account.Password.TooCommon"] })
                : IdentityResult.Success
        );
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("CoCreation.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-passwords list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
