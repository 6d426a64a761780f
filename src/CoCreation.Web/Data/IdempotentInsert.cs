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
    /// Saves now rather than at the end of the unit of work, after a savepoint, so that when the twin won the race this
    /// transaction rolls back to it and can still read the twin's row (the unit of work turns EF's automatic savepoints
    /// off). False when the twin had been saved and this one was not.
    /// </summary>
    public static async Task<bool> SaveUnlessTwinAsync(this PortalDbContext db, CancellationToken cancellationToken)
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
