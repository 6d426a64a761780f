using CoCreation.Web.Infrastructure.Web;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Features.Blog;

/// <summary>Markdown written by authors never brings script into the portal's pages.</summary>
public sealed class SanitizationTests(WebFixture portal) : PortalTest(portal)
{
    public static TheoryData<string> Payloads() =>
        new()
        {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<body onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<svg onload=alert(1)><circle r=10/></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<div onclick=\"alert(1)\">x</div>",
            "<object data=\"x.swf\"></object><embed src=x.swf>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "[x](https://example.org \"title\" onmouseover=alert(1))",
            "<details open ontoggle=alert(1)>",
        };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void No_script_event_handler_dangerous_address_svg_iframe_or_style_survives(string payload)
    {
        var html = Portal.Services.GetRequiredService<MarkdownRenderer>().ToHtml("Intro\n\n" + payload + "\n\nEnd " + payload);
        var parsed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");

        Assert.Empty(
            parsed.QuerySelectorAll("script, svg, iframe, object, embed, form, input, style, img, meta, math, details, body *[style]")
        );
        foreach (var element in parsed.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a =>
                a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name is "style" or "src" or "srcdoc"
            );
            if (element.GetAttribute("href") is { } href)
            {
                Assert.Matches("^(https?|mailto):", href);
            }
        }
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_meaning()
    {
        var html = Portal
            .Services.GetRequiredService<MarkdownRenderer>()
            .ToHtml(
                "## Lessons\n\nWe **listened** to *everyone*.\n\n- one\n- two\n\n"
                    + "[OGP](https://www.opengovpartnership.org) · <mailto:info@example.org>"
            );

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<strong>listened</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li>two</li>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.opengovpartnership.org\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:info@example.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_published_post_page_shows_the_text_of_a_hostile_post_without_its_script()
    {
        var (author, reviewer) = await BlogScenario.PeopleAsync(Portal);
        var id = await Portal.SendAsync(
            BlogScenario.Post(body: "Hello <script>alert('x')</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"),
            author
        );
        await Portal.SendAsync(new Web.Features.Blog.Review.Command(id, Web.Features.Blog.Review.Decision.Publish, null), reviewer);

        using var client = Portal.CreateClient();
        var page = await client.GetAsync($"/blog/{id}");
        var body = page.QuerySelector(".blog-body")!;
        Assert.Contains("Hello", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("script, img"));
        Assert.DoesNotContain("javascript:", body.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }
}
