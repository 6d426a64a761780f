using CoCreation.Web.Features.Blog;
using Index = CoCreation.Web.Features.Blog.Index;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog: published posts with filters (a plain GET form).</summary>
public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Filters Filter { get; set; } = new();

    public Index.Model Posts { get; private set; } = new([], null);

    public BlogChoices.Model Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        // Unknown filter values simply match nothing: there is nothing to refuse.
        ModelState.Clear();
        Choices = await Sender.Send(new BlogChoices.Query(), HttpContext.RequestAborted);
        Posts = await Sender.Send(
            new Index.Query
            {
                Language = Filter.Language,
                Member = Filter.Member,
                Area = Filter.Area,
                Campaign = Filter.Campaign,
                After = ValidCursorOrNull(Filter.After),
            },
            HttpContext.RequestAborted
        );
    }

    public sealed class Filters
    {
        public string? Language { get; set; }

        public string? Member { get; set; }

        public string? Area { get; set; }

        public int? Campaign { get; set; }

        public string? After { get; set; }
    }

    /// <summary>A cursor that is not one starts at the first page, like the other filters that match nothing.</summary>
    internal static string? ValidCursorOrNull(string? after) => Keyset.TryParseTimeAndId(after, out _, out _) ? after : null;
}
