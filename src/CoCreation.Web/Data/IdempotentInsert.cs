using Npgsql;

namespace CoCreation.Web.Data;

/// <summary>
/// A new row that carries its author's idempotency key (a submission, a comment): a double click sends it twice, and
/// the unique index on (author, key) lets one of the two in.
/// </summary>
public static class IdempotentInsert
{
    private const string BeforeInsert = "before_idempotent_insert";

    /// <summary>
    /// The id of the row <paramref name="authorId"/> already sent with <paramref name="idempotencyKey"/>, else of a new
    /// row <paramref name="write"/> makes, saved and handed to <paramref name="inserted"/> (to log it); when the twin of a
    /// double click was saved first, the twin's id. A second click finds the first one's row before anything else is
    /// checked or written.
    /// </summary>
    public static async Task<long?> InsertOnceAsync<TRow>(
        this PortalDbContext db,
        Guid authorId,
        Guid idempotencyKey,
        Func<Task<TRow>> write,
        Action<TRow> inserted,
        CancellationToken cancellationToken
    )
        where TRow : class, ISentOnce
    {
        var sentWithKey = db.Set<TRow>().Where(r => r.AuthorId == authorId && r.IdempotencyKey == idempotencyKey).Select(r => r.Id);
        if (await SentAsync(sentWithKey, cancellationToken) is { } sent)
        {
            return sent;
        }

        var row = await write();
        db.Add(row);
        if (!await db.SaveUnlessTwinAsync(cancellationToken))
        {
            return await SentAsync(sentWithKey, cancellationToken);
        }

        inserted(row);
        return row.Id;
    }

    private static Task<long?> SentAsync(IQueryable<long> sentWithKey, CancellationToken cancellationToken) =>
        sentWithKey.Select(id => (long?)id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Saves now rather than at the end of the unit of work, after a savepoint, so that when the twin won the race this
    /// transaction rolls back to it and can still read the twin's row (the unit of work turns EF's automatic savepoints
    /// off). False when the twin had been saved and this one was not.
    /// </summary>
    private static async Task<bool> SaveUnlessTwinAsync(this PortalDbContext db, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction;
        if (transaction is not null)
        {
            await transaction.CreateSavepointAsync(BeforeInsert, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            if (transaction is not null)
            {
                await transaction.RollbackToSavepointAsync(BeforeInsert, cancellationToken);
            }

            db.ChangeTracker.Clear();
            return false;
        }
    }
}
