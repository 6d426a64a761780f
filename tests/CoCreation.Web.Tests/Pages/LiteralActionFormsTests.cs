using System.Text.RegularExpressions;
using CoCreation.Web.Features.Notifications;
using CoCreation.Web.Tests.Features.Comments;

namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// Issue 21: a form posted to a literal address (<c>action="…"</c>) gets no antiforgery token from the form tag helper unless
/// it asks for one, and the portal then answers 400 (every Follow button did, once). Each such form is posted here through the
/// page's own form, as a person's browser would; the milestone move buttons are in <see cref="MilestonePagesTests"/> and
/// "sign out everywhere" in <see cref="SessionTests"/>. A new such form without its token fails the first test.
/// </summary>
public sealed partial class LiteralActionFormsTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public void Every_form_posted_to_a_literal_address_writes_its_antiforgery_token()
    {
        var pages = Path.Combine(RepositoryFiles.Root, "src", "CoCreation.Web", "Pages");
        var found = new List<string>();
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match form in FormTag().Matches(text))
            {
                var tag = form.Groups["tag"].Value;
                if (!tag.Contains("action=", StringComparison.Ordinal) || !Post().IsMatch(tag))
                {
                    continue;
                }

                var where = $"{Path.GetRelativePath(pages, file)}:{text[..form.Index].Count(c => c == '\n') + 1}";
                found.Add(where);
                var end = text.IndexOf("</form>", form.Index, StringComparison.Ordinal);
                var body = end < 0 ? "" : text[form.Index..end];
                if (
                    !tag.Contains("asp-antiforgery=\"true\"", StringComparison.Ordinal)
                    && !body.Contains("@Html.AntiForgeryToken()", StringComparison.Ordinal)
                )
                {
                    missing.Add(where);
                }
            }
        }

        // The follow buttons (two), the comment form, sign out, sign out everywhere and the milestone move buttons.
        Assert.True(found.Count >= 6, string.Join(", ", found));
        Assert.Empty(missing);
    }

    [Fact]
    public async Task A_participant_follows_stops_comments_and_signs_out_through_the_pages_own_forms_without_a_400()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        using var bruno = await Portal.SignedInClientAsync("bruno@example.org");

        // The Follow button on a member's page, back to the page.
        var colombia = await bruno.GetAsync("/members/co");
        var followed = await bruno.SubmitAsync(colombia, "form.follow-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, bruno.Status);
        Assert.Equal("/members/co", bruno.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("false", followed.QuerySelector("form.follow-form input[name='Data.Following']")!.GetAttribute("value"));

        // Stop on the Following page.
        var following = await bruno.GetAsync("/account/following");
        await bruno.SubmitAsync(following, "main form[action='/account/follow']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, bruno.Status);
        Assert.Empty(await Portal.SendAsUserAsync(new Following.Query(), s.Bruno));

        // The comment form under a submission.
        var submission = await bruno.GetAsync($"/submissions/{s.Proposal}");
        await bruno.SubmitAsync(
            submission,
            "form[aria-labelledby=comment-form]",
            new Dictionary<string, string> { ["Comment.Text"] = "¿Qué organismo publicaría los contratos?", ["Comment.Language"] = "es" }
        );
        Assert.Equal(HttpStatusCode.OK, bruno.Status);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.Comments.CountAsync()));

        // Sign out in the header.
        var home = await bruno.GetAsync("/");
        var signedOut = await bruno.SubmitAsync(home, "header form[action='/account/sign-out']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, bruno.Status);
        Assert.Null(signedOut.QuerySelector("header form[action='/account/sign-out']"));
    }

    [GeneratedRegex(@"<form\b(?<tag>[^>]*)>", RegexOptions.Singleline)]
    private static partial Regex FormTag();

    [GeneratedRegex(@"method=""post""", RegexOptions.IgnoreCase)]
    private static partial Regex Post();
}
