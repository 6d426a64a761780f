namespace CoCreation.Web.Features.OpenData;

/// <summary>
/// The handler every public list shares: a page of its rows after the query's cursor (for its page and the public API),
/// and every row, unfiltered, streamed for the open-data downloads. A list gives only its rows in their order and the
/// position (cursor) of a row; the paging is done here, once. A page holds <paramref name="pageSize"/> rows when the
/// query names no limit; none (null) for a list its page shows whole.
/// </summary>
public abstract class PublicListHandler<TQuery, TStream, TItem>(
    Func<TQuery, IQueryable<TItem>> rows,
    Func<TItem, string> cursorOf,
    int? pageSize = Keyset.DefaultLimit
) : IQueryHandler<TQuery, KeysetPage<TItem>>, IStreamQueryHandler<TStream, TItem>
    where TQuery : KeysetQuery, IQuery<KeysetPage<TItem>>, new()
    where TStream : IStreamQuery<TItem>
{
    public async ValueTask<KeysetPage<TItem>> Handle(TQuery query, CancellationToken cancellationToken) =>
        await Keyset.PageAsync(rows(query), query.Limit ?? pageSize, cursorOf, cancellationToken);

    public IAsyncEnumerable<TItem> Handle(TStream query, CancellationToken cancellationToken) => rows(new TQuery()).AsAsyncEnumerable();
}
