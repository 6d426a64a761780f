using CoCreation.Domain.Comments;

namespace CoCreation.Web.Features.Comments;

/// <summary>The reason and words of a reader's report, the same for a comment and a submission (one <see cref="ReaderReport"/>).</summary>
internal static class ReportRules
{
    /// <param name="chooseReason">The key of the message when no reason is chosen, which names what is reported.</param>
    public static void ReasonAndWords<T>(
        this AbstractValidator<T> validator,
        System.Linq.Expressions.Expression<Func<T, ReportReason?>> reason,
        System.Linq.Expressions.Expression<Func<T, string?>> words,
        IStringLocalizer text,
        string chooseReason
    )
    {
        var chosen = reason.Compile();
        validator.RuleFor(reason).NotNull().WithMessage(_ => text[chooseReason]).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        validator
            .RuleFor(words)
            .NotEmpty()
            .When(c => chosen(c) == ReportReason.Other)
            .WithMessage(_ => text["Domain.Comment.ReportTextRequired"])
            .MaximumLength(ReaderReport.TextMax);
    }
}
