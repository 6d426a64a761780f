using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog: published posts with filters (a plain GET form).</summary>
public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Filters Filter { get; set; } = new();

    public Features.Blog.Index.Model Posts { get; private set; } = new([], null);

    public Features.Blog.BlogChoices.Model Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        // Unknown filter values simply match nothing: there is nothing to refuse.
        ModelState.Clear();
        Choices = await Sender.Send(new Features.Blog.BlogChoices.Query(), HttpContext.RequestAborted);
        Posts = await Sender.Send(
            new Features.Blog.Index.Query
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
