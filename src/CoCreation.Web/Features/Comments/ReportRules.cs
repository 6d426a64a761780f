using CoCreation.Domain.Comments;
using CoCreation.Web.Infrastructure.Mediator;

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
        validator.RuleFor(c => c.IdempotencyKey).IdempotencyKey(text);
    }

    /// <summary>
    /// Whether the reader sends again a report already stored (a double click: answer as the first time); false when they
    /// have not reported it yet. Once per account: a report of theirs sent with another form is refused with
    /// <paramref name="alreadyReported"/>.
    /// </summary>
    /// <param name="theirReports">The reader's reports of what they report now (one at the most).</param>
    public static async Task<bool> SentAgainAsync(
        this ReportForm form,
        IQueryable<ReaderReport> theirReports,
        string alreadyReported,
        CancellationToken cancellationToken
    )
    {
        var earlier = await theirReports.Select(r => new { r.IdempotencyKey }).SingleOrDefaultAsync(cancellationToken);
        if (earlier is null)
        {
            return false;
        }

        // The same form sent twice (a double click) was stored once; another report is refused.
        return earlier.IdempotencyKey == form.IdempotencyKey ? true : throw new DomainException(alreadyReported);
    }
}
