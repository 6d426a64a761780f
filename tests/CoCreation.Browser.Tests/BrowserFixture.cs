using CoCreation.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace CoCreation.Browser.Tests;

/// <summary>The portal on a loopback port, driven by Debian's Chromium through Playwright.</summary>
public sealed class BrowserFixture() : PortalFixture("browser")
{
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// The portal as an operator runs it, with a machine translation service (the fixture's <see cref="PortalFixture.Translation"/>).
    /// </summary>
    protected override PortalFactory CreateFactory() =>
        new(
            Database.ConnectionString,
            Smtp.Port,
            new Dictionary<string, string?> { ["Portal:SecureCookies"] = "false", ["Portal:Translation:Url"] = Translation.Url }
        );

    protected override async Task StartAsync()
    {
        BaseAddress = Factory.StartOnLoopback();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                ],
            }
        );
    }

    public override async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>Each journey gets a fresh database, mailbox and browser context (no cookies carried over).</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture portal) : IAsyncLifetime
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    private IBrowserContext? _context;

    protected BrowserFixture Portal { get; } = portal;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Portal.ResetAsync();
        _context = await Portal.Browser.NewContextAsync(
            new BrowserNewContextOptions { BaseURL = Portal.BaseAddress.ToString(), Locale = "en-GB" }
        );
        Page = await _context.NewPageAsync();
    }

    /// <summary>A page in a browser context of its own (no cookies shared with <see cref="Page"/>), closed after the journey.</summary>
    protected async Task<IPage> NewPageAsync()
    {
        var context = await Portal.Browser.NewContextAsync(
            new BrowserNewContextOptions { BaseURL = Portal.BaseAddress.ToString(), Locale = "en-GB" }
        );
        _others.Add(context);
        return await context.NewPageAsync();
    }

    private readonly List<IBrowserContext> _others = [];

    /// <summary>TestResults/screens at the root of the repository (made if missing), where journeys leave screenshots to look at.</summary>
    protected static string Screens()
    {
        var screens = Path.Combine(RepositoryFiles.FindRoot() ?? Path.GetTempPath(), "TestResults", "screens");
        Directory.CreateDirectory(screens);
        return screens;
    }

    /// <summary>After each journey, every page it checked with axe goes through the Nu HTML Checker too.</summary>
    public async Task DisposeAsync()
    {
        foreach (var context in _others.Append(_context).OfType<IBrowserContext>())
        {
            await context.DisposeAsync();
        }

        await AssertValidHtmlAsync();
    }

    /// <summary>The Nu HTML Checker finds no error on any page this journey checked with <see cref="AssertAccessibleAsync()"/>.</summary>
    private async Task AssertValidHtmlAsync()
    {
        var errors = await HtmlChecker.ErrorsAsync(_visited);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>Zero WCAG 2.2 AA violations on the page as it is now.</summary>
    protected Task AssertAccessibleAsync() => AssertAccessibleAsync(Page);

    /// <summary>Every page checked for accessibility, as the browser holds it, before axe is injected.</summary>
    private readonly List<(string Address, string Html)> _visited = [];

    protected async Task AssertAccessibleAsync(IPage page)
    {
        _visited.Add((page.Url, await page.ContentAsync()));
        var results = await page.RunAxe(WcagAa);
        var violations = results
            .Violations.Select(v => $"{v.Id} ({v.Impact}) on {page.Url}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
