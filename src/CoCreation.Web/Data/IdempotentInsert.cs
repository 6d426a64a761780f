using Npgsql;

namespace CoCreation.Web.Data;

/// <summary>
/// A new row that carries its author's idempotency key (a submission, a comment): a double click sends it twice, and
/// the unique index on (author, key) lets one of the two in.
/// </summary>
public static class IdempotentInsert
{
    /// <summary>
    /// Saves now rather than at the end of the unit of work: EF wraps it in a savepoint, so when the twin won the race
    /// this transaction can still read the twin's row. False when the twin had been saved and this one was not.
    /// </summary>
    public static async Task<bool> SaveUnlessTwinAsync(this PortalDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
