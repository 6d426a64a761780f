using System.Text.RegularExpressions;
using CoCreation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// On a 390 px phone: no page scrolls sideways (wide tables read as cards, the month calendar as a list of days);
/// the header is two lines high, its menu folded behind a "Menu" button that opens by keyboard in every language;
/// list filters fold behind "Filters", which says how many are on. On a 1280 px screen the same menu is a bar and
/// the filters are shown, with nothing to open.
/// </summary>
public sealed partial class NarrowScreenJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    /// <summary>Two lines (the site's name; the languages and the menu button) and their spacing, signed in as staff.</summary>
    private const int PhoneHeaderHeight = 130;

    /// <summary>
    /// The demo data on a screen of <paramref name="width"/> by <paramref name="height"/> pixels, signed in as
    /// <paramref name="email"/> when one is given.
    /// </summary>
    private async Task OnDemoAsync(int width, int height, string? email = null)
    {
        await Scenario.LoadDemoAsync(Portal);
        await Page.SetViewportSizeAsync(width, height);
        if (email is not null)
        {
            await Page.SignInAsync(email, Web.Data.Seed.DemoData.DemoPassword);
        }
    }

    [Fact]
    public async Task At_390_pixels_no_page_scrolls_sideways()
    {
        await OnDemoAsync(390, 844);
        var wide = new List<string>();
        async Task VisitAsync(IPage page, string path)
        {
            await page.GotoAsync(path);
            await CheckAsync(page);
        }

        async Task CheckAsync(IPage page)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 390)
            {
                wide.Add($"{new Uri(page.Url).PathAndQuery}: {width} px");
            }

            await AssertAccessibleAsync(page);
        }

        foreach (var path in new[] { "/", "/submissions", "/members", "/scorecards", "/timelines", "/events", "/members/ar/timeline" })
        {
            await VisitAsync(Page, path);
        }

        // The month calendar: seven columns of titles would not fit, so it reads as the list of its days.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Show as a month calendar" }).ClickAsync();
        await CheckAsync(Page);

        await Page.GotoAsync("/submissions");
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 2 }).First.GetByRole(AriaRole.Link).ClickAsync();
        await CheckAsync(Page);

        await Page.SignInAsync("support@demo.cocreation.example", Web.Data.Seed.DemoData.DemoPassword);
        foreach (var path in new[] { "/", "/moderation", "/moderation/dashboard", "/answers" })
        {
            await VisitAsync(Page, path);
        }

        // In French the dashboard's visually hidden table captions once sat past the right edge and widened the page.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await VisitAsync(Page, "/moderation/dashboard");

        await using var participant = await Portal.Browser.NewContextAsync(
            new()
            {
                BaseURL = Portal.BaseAddress.ToString(),
                ViewportSize = new() { Width = 390, Height = 844 },
            }
        );
        var phone = await participant.NewPageAsync();
        await phone.SignInAsync("participant@demo.cocreation.example", Web.Data.Seed.DemoData.DemoPassword);
        await VisitAsync(phone, "/submissions/mine");

        Assert.Empty(wide);
    }

    [Fact]
    public async Task At_390_pixels_the_header_is_two_lines_and_its_menu_opens_by_keyboard_in_english_french_and_spanish()
    {
        await OnDemoAsync(390, 844, "support@demo.cocreation.example");
        await Page.GotoAsync("/submissions");

        var header = await Page.GetByRole(AriaRole.Banner).BoundingBoxAsync();
        Assert.True(header!.Height <= PhoneHeaderHeight, $"The header is {header.Height} px high on a phone, signed in as support.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeInViewportAsync(new() { Ratio = 1 });
        // The languages stay one tap away, outside the menu.
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Español" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Moderation" })).ToBeHiddenAsync();

        foreach (
            var (language, menu, moderation, main) in new[]
            {
                ("English", "Menu", "Moderation", "Main"),
                ("Français", "Menu", "Modération", "Menu principal"),
                ("Español", "Menú", "Moderación", "Menú principal"),
            }
        )
        {
            if (language != "English")
            {
                await Page.GetByRole(AriaRole.Link, new() { Name = language }).ClickAsync();
            }

            var button = Page.GetByRole(AriaRole.Banner).GetByText(menu, new() { Exact = true });
            await Page.TabToAsync(button);
            await Page.Keyboard.PressAsync("Enter");
            var link = Page.GetByRole(AriaRole.Link, new() { Name = moderation, Exact = true });
            await Assertions.Expect(link).ToBeVisibleAsync();
            await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "support@demo.cocreation.example" })).ToBeVisibleAsync();
            // The next Tab goes into the open menu, to its first link.
            await Page.Keyboard.PressAsync("Tab");
            await Assertions
                .Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = main }).GetByRole(AriaRole.Link).First)
                .ToBeFocusedAsync();
            await AssertAccessibleAsync();

            await link.FocusAsync();
            await Page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/moderation$"));
            // On the new page the menu is folded again.
            await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = moderation, Exact = true })).ToBeHiddenAsync();
        }
    }

    [Fact]
    public async Task At_1280_pixels_the_menu_is_a_bar_and_the_filters_are_shown_without_opening_anything()
    {
        await OnDemoAsync(1280, 800, "support@demo.cocreation.example");
        await Page.GotoAsync("/members");

        var banner = Page.GetByRole(AriaRole.Banner);
        await Assertions.Expect(banner.GetByText("Menu", new() { Exact = true })).ToBeHiddenAsync();
        foreach (var name in new[] { "Members", "Moderation", "To answer", "My submissions", "Your account" })
        {
            await Assertions.Expect(banner.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        await Assertions.Expect(banner.GetByRole(AriaRole.Link, new() { Name = "My work" })).ToBeVisibleAsync();
        await Assertions
            .Expect(banner.GetByRole(AriaRole.Button, new() { Name = "Sign out (support@demo.cocreation.example)" }))
            .ToBeVisibleAsync();
        // The page a person is on is marked in the bar.
        await Assertions
            .Expect(banner.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true }))
            .ToHaveAttributeAsync("aria-current", "page");

        await Assertions.Expect(Page.GetByText("Filters", new() { Exact = true })).ToBeHiddenAsync();
        await Page.GetByLabel("Region").SelectOptionAsync("Europe");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Clear the filters" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task At_390_pixels_the_filters_fold_behind_a_button_that_says_how_many_are_on()
    {
        await OnDemoAsync(390, 844);
        await Page.GotoAsync("/members");

        var filters = Page.GetByText("Filters", new() { Exact = true });
        await Assertions.Expect(Page.GetByLabel("Region")).ToBeHiddenAsync();
        await filters.ClickAsync();
        await Page.GetByLabel("Region").SelectOptionAsync("Europe");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(Page.GetByLabel("Region")).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByText("Filters 1 active", new() { Exact = true })).ToBeVisibleAsync();
        // The 37 European members of March 2017: 11 developing a plan in the Week, the others implementing one, and pioneers.
        await Assertions.Expect(Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(37);
        await AssertAccessibleAsync();

        await Page.GetByText("Filters 1 active", new() { Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Clear the filters" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Filters", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(90);

        // On the proposals the search stays in sight; a search alone is not a folded filter.
        await Page.GotoAsync("/submissions");
        var search = Page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" });
        await search.FillAsync("contratos");
        await search.PressAsync("Enter");
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("contratos"));
        await Assertions.Expect(search).ToHaveValueAsync("contratos");
        await Assertions.Expect(Page.GetByText("Filters", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("Kind", new() { Exact = true })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Below_600_pixels_a_table_reads_as_cards_with_each_value_beside_its_column_name_and_stays_a_table()
    {
        await OnDemoAsync(390, 844);
        await Page.GotoAsync("/scorecards");

        var table = Page.GetByRole(AriaRole.Table, new() { Name = "Each member’s result per requirement" });
        var firstRow = table.GetByRole(AriaRole.Row).Nth(1);
        var cycle = firstRow.GetByRole(AriaRole.Cell).First;
        await Assertions.Expect(cycle).ToBeVisibleAsync();
        Assert.Equal("Cycle", await LabelShownBeforeAsync(cycle));
        // One card per row: the row header is its title, above the cells, each cell as wide as the card.
        var title = await firstRow.GetByRole(AriaRole.Rowheader).BoundingBoxAsync();
        var cell = await cycle.BoundingBoxAsync();
        Assert.True(cell!.Y >= title!.Y + title.Height - 1, "The cells stand under the row's title.");
        Assert.True(cell.Width > 300, $"A cell is {cell.Width} px wide: the row did not become a card.");
        // The column headers are hidden only from the eye: a screen reader still reads a table with headers.
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Cycle" })).ToHaveCountAsync(1);
        await AssertAccessibleAsync();

        // From 600 px it is a table again, with its header row.
        await Page.SetViewportSizeAsync(1280, 800);
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Cycle" })).ToBeVisibleAsync();
        Assert.Equal("", await LabelShownBeforeAsync(cycle));
    }

    /// <summary>The text the stylesheet shows before a cell's value (its column's name on a phone), or "" for none.</summary>
    private static async Task<string> LabelShownBeforeAsync(ILocator cell) =>
        await cell.EvaluateAsync<string>(
            """
            cell => {
                const before = getComputedStyle(cell, '::before');
                if (before.content === 'none' || before.content === 'normal' || before.display === 'none') return '';
                const text = before.content.match(/^"((?:[^"\\]|\\.)*)"/);
                return text ? text[1] : '';
            }
            """
        );

    [Fact]
    public async Task At_390_pixels_the_timeline_picture_names_its_phases_in_readable_text_inside_the_screen()
    {
        await OnDemoAsync(390, 844);

        foreach (var (language, path) in new[] { ("en", "/members/ph/timeline"), ("fr", "/members/ar/timeline") })
        {
            await Page.ChooseLanguageAsync(language, path);
            var picture = Page.GetByRole(AriaRole.Img, new() { Name = language == "en" ? "Co-creation timeline:" : "Calendrier" });
            await Assertions.Expect(picture).ToBeVisibleAsync();
            // Every word of the picture in sight without scrolling and at least 11 px high (the wide drawing, 640 px at the
            // least, was cut by its scrolling frame; shrunk, its words were 6 px high).
            var cut = await picture.EvaluateAsync<string[]>(
                """
                svg => {
                  const box = svg.parentElement.getBoundingClientRect();
                  return [...svg.querySelectorAll('text')].filter(t => {
                    const r = t.getBoundingClientRect();
                    return r.left < box.left - 1 || r.right > box.right + 1 || r.height < 11;
                  }).map(t => t.textContent);
                }
                """
            );
            Assert.Empty(cut);
            Assert.Equal(390, await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
            await AssertAccessibleAsync(Page);
        }
    }

    [Fact]
    public async Task At_390_pixels_a_refused_report_shows_the_whole_prompt_of_its_reason_list_in_each_language()
    {
        await OnDemoAsync(390, 844, "participant@demo.cocreation.example");
        var others = await Portal.WithDbAsync(db =>
            db.Submissions.Where(s => s.Status == Domain.Submissions.SubmissionStatus.Answered && s.AuthorId != null)
                .OrderBy(s => s.Id)
                .Select(s => s.Id)
                .ToListAsync()
        );

        foreach (
            var (language, send) in new[] { ("en", "Send the report"), ("fr", "Envoyer le signalement"), ("es", "Enviar la denuncia") }
        )
        {
            var found = false;
            foreach (var id in others)
            {
                // The first submission the participant did not write and has not reported yet.
                await Page.ChooseLanguageAsync(language, $"/submissions/{id}/report");
                found = await Page.GetByRole(AriaRole.Button, new() { Name = send }).CountAsync() > 0;
                if (found)
                {
                    break;
                }
            }

            Assert.True(found);
            await Page.GetByRole(AriaRole.Button, new() { Name = send }).ClickAsync();
            var reason = Page.GetByRole(AriaRole.Combobox).First;
            await Assertions.Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
            // The chosen text (the prompt) fits between the left padding and the chevron: no error icon on top of it.
            var room = await reason.EvaluateAsync<double>(
                """
                select => {
                  const style = getComputedStyle(select);
                  const pen = document.createElement('canvas').getContext('2d');
                  pen.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
                  const text = pen.measureText(select.options[select.selectedIndex].text).width;
                  return select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - text;
                }
                """
            );
            Assert.True(room >= 0, $"{language}: the prompt is {-room} px wider than its room");
            await AssertAccessibleAsync(Page);
        }
    }
}
