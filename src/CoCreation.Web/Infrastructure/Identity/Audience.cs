using System.Reflection;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>
/// Who may send a command or a query (DOMAIN.md "Who uses it"). Declared once on each message with
/// <see cref="AllowAttribute"/> and enforced by the mediator's authorization behavior, whatever page,
/// endpoint or job sends it; which members an official acts for stays with <see cref="MemberAuthority"/>.
/// </summary>
[Flags]
public enum Audience
{
    /// <summary>Anyone, signed in or not: visitors read, subscribe, register, sign in.</summary>
    Anonymous = 1,

    /// <summary>Any signed-in account (participants, officials, staff alike).</summary>
    Participant = 2,

    /// <summary>Government officials; the handler still checks the member with <see cref="MemberAuthority"/>.</summary>
    Official = 4,

    /// <summary>The support unit, and administrators, who may do all the support unit does.</summary>
    SupportUnit = 8,

    /// <summary>Administrators only (accounts, roles, settings, the audit trail).</summary>
    Administrator = 16,

    /// <summary>The portal's own background work (<see cref="CurrentActor.System"/>), never a request.</summary>
    System = 32,
}

/// <summary>Who may send this message; a message without it is refused (and fails the declarations test).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class AllowAttribute(Audience audience) : Attribute
{
    public Audience Audience { get; } = audience;
}

public static class MessageAudience
{
    /// <summary>The declaration on <paramref name="messageType"/>, or null when it has none.</summary>
    public static Audience? Of(Type messageType) => messageType.GetCustomAttribute<AllowAttribute>(inherit: false)?.Audience;

    public static bool Admits(this Audience audience, CurrentActor actor)
    {
        if (audience.HasFlag(Audience.Anonymous) || (audience.HasFlag(Audience.System) && actor.IsSystem))
        {
            return true;
        }

        // Every other audience is a person with an account: a principal without one is nobody here.
        if (actor.UserId is null)
        {
            return false;
        }

        return audience.HasFlag(Audience.Participant)
            || (audience.HasFlag(Audience.Official) && actor.IsInRole(Roles.GovernmentOfficial))
            || (audience.HasFlag(Audience.SupportUnit) && actor.IsStaff)
            || (audience.HasFlag(Audience.Administrator) && actor.IsInRole(Roles.Administrator));
    }
}

/// <summary>Read once per message type (a static field of a generic class), so a request pays nothing for reflection.</summary>
public static class MessageAudience<TMessage>
{
    public static readonly Audience? Declared = MessageAudience.Of(typeof(TMessage));
}
