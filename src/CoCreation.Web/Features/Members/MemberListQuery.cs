namespace CoCreation.Web.Features.Members;

/// <summary>A public list that can be narrowed to one member (<see cref="MemberFilter"/>).</summary>
public abstract record MemberListQuery : KeysetQuery
{
    /// <summary>A member's code.</summary>
    public string? Member { get; init; }
}

/// <summary>The rules of a list narrowed by member: those of every list, and a member code that can be one.</summary>
public abstract class MemberListQueryValidator<T> : KeysetQueryValidator<T>
    where T : MemberListQuery
{
    protected MemberListQueryValidator(IStringLocalizer text, Func<string, bool> isCursor)
        : base(text, isCursor)
    {
        RuleFor(q => q.Member).Must(m => m is null || Keyset.IsValidTextKey(m)).WithMessage(_ => text["Validation.Choice"]);
    }
}
