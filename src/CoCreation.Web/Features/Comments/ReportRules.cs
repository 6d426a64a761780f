using CoCreation.Domain.Comments;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// What a reader sends to report a comment or a submission (one <see cref="ReaderReport"/> serves both): the reason, the
/// words, the form's own key, so that a double click stores one report, and the honeypot, which only robots fill.
/// </summary>
public abstract record ReportForm
{
    /// <summary>The reported comment's or submission's id (from the address).</summary>
    public long Id { get; set; }

    public ReportReason? Reason { get; set; }

    public string? Text { get; set; }

    public Guid IdempotencyKey { get; set; }

    /// <summary>Hidden from people; only robots fill it.</summary>
    public string? Website { get; set; }

    /// <summary>A form ready to show: a new one gets its own idempotency key, a refused one keeps what the person sent.</summary>
    public void Ready()
    {
        if (IdempotencyKey == Guid.Empty)
        {
            IdempotencyKey = Guid.NewGuid();
        }
    }
}

/// <summary>The rules of a <see cref="ReportForm"/>, the same for a comment and a submission.</summary>
internal static class ReportRules
{
    /// <param name="chooseReason">The key of the message when no reason is chosen, which names what is reported.</param>
    public static void ReportFormRules<T>(this AbstractValidator<T> validator, IStringLocalizer text, string chooseReason)
        where T : ReportForm
    {
        validator
            .RuleFor(c => c.Reason)
            .NotNull()
            .WithMessage(_ => text[chooseReason])
            .IsInEnum()
            .WithMessage(_ => text["Validation.Choice"]);
        validator
            .RuleFor(c => c.Text)
            .NotEmpty()
            .When(c => c.Reason == ReportReason.Other)
            .WithMessage(_ => text["Domain.Comment.ReportTextRequired"])
            .MaximumLength(ReaderReport.TextMax);
        validator.RuleFor(c => c.IdempotencyKey).NotEmpty().WithMessage(_ => text["Error.400.Text"]);
    }
}
