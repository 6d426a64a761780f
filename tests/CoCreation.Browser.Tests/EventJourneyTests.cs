using System.Text.RegularExpressions;
using CoCreation.Domain.Events;
using CoCreation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

public sealed partial class EventJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_spanish_visitor_registers_for_the_americas_webinar_by_email_cancels_by_the_link_and_the_first_waiting_is_promoted()
    {
        var eventId = await TestEvents.AddWebinarAsync(
            Portal,
            DateTimeOffset.UtcNow.AddDays(12),
            capacity: 1,
            link: "https://meet.example/americas"
        );
        await using var context = await Portal.Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = Portal.BaseAddress.ToString(),
                Locale = "es-MX",
                TimezoneId = "America/Mexico_City",
            }
        );
        var page = await context.NewPageAsync();

        await page.ChooseLanguageAsync("es", "/events");
        await page.GetByLabel("Región").SelectOptionAsync(new SelectOptionValue { Label = "Américas" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Aplicar filtros" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Webinario de las Américas" }).ClickAsync();

        // The start in the event's zone, and in the visitor's own zone from the browser's clock.
        await Assertions.Expect(page.GetByText(InVisitorZone())).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Nombre").FillAsync("Lucía Pérez");
        await page.GetByLabel("Correo electrónico").FillAsync("lucia@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscribirme" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("correo");
        await AssertAccessibleAsync(page);

        var request = await Portal.Smtp.WaitForAsync("lucia@example.org", m =>
            m.Subject!.StartsWith("Confirme su inscripción", StringComparison.Ordinal)
        );
        await page.GotoAsync(new Uri(EmailedLinks.RegistrationConfirmation().Match(request.TextBody!).Value).PathAndQuery);
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sí, inscribirme" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("lugar está confirmado");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "https://meet.example/americas" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        var confirmation = await Portal.Smtp.WaitForAsync("lucia@example.org", m =>
            m.Subject!.StartsWith("Su lugar está confirmado", StringComparison.Ordinal)
        );
        Assert.Contains("https://meet.example/americas", confirmation.TextBody!, StringComparison.Ordinal);
        Assert.Single(confirmation.Attachments);

        // Ben confirms his own link after her: the webinar is full, so he waits.
        await Portal.SendAsync(
            new Web.Features.Events.RequestRegistration.Command
            {
                EventId = eventId,
                Name = "Ben",
                Email = "ben@example.org",
            }
        );
        var benToken = EmailedLinks.TokenIn(
            EmailedLinks.RegistrationConfirmation(),
            (await Portal.Smtp.WaitForAsync("ben@example.org")).TextBody!
        );
        await Portal.SendAsync(new Web.Features.Events.ConfirmRegistration.Command(eventId, benToken));
        Assert.Equal(RegistrationStatus.Waiting, await StatusOf("ben@example.org"));

        await page.GotoAsync(new Uri(EmailedLinks.RegistrationCancellation().Match(confirmation.TextBody!).Value).PathAndQuery);
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancelar mi inscripción" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Su inscripción está cancelada");
        await AssertAccessibleAsync(page);

        Assert.Equal(RegistrationStatus.Confirmed, await StatusOf("ben@example.org"));
        // Ben's account speaks English: the email about his seat is his language, not the event's.
        var promoted = await Portal.Smtp.WaitForAsync("ben@example.org", m => m.Attachments.Any());
        Assert.Equal("A seat freed up for you: Americas webinar", promoted.Subject);
    }

    private Task<RegistrationStatus> StatusOf(string email) =>
        Portal.WithDbAsync(db => db.Set<Registration>().Where(r => r.Registrant.Email == email).Select(r => r.Status).SingleAsync());

    /// <summary>The start in the visitor's own zone, which the page's script reads from the browser's clock.</summary>
    [Fact]
    public async Task A_visitor_who_asks_for_a_seat_lands_on_what_to_do_next_and_a_keyboard_or_screen_reader_starts_there()
    {
        var eventId = await TestEvents.AddWebinarAsync(Portal, DateTimeOffset.UtcNow.AddDays(12), capacity: 10);

        foreach (
            var (language, name, email, register, next) in new[]
            {
                ("en", "Name", "Email address", "Register", "Almost done: check your email"),
                ("fr", "Nom", "Adresse e-mail", "S’inscrire", "Presque fini\u00a0: consultez vos courriels"),
            }
        )
        {
            await Page.ChooseLanguageAsync(language, $"/events/{eventId}");
            await Page.GetByLabel(name).FillAsync("Lucía Pérez");
            await Page.GetByLabel(email).FillAsync($"lucia-{language}@example.org");
            await Page.GetByRole(AriaRole.Button, new() { Name = register }).ClickAsync();

            var heading = Page.GetByRole(AriaRole.Heading, new() { Name = next });
            await Assertions.Expect(heading).ToBeFocusedAsync();
            await Assertions.Expect(Page).ToHaveTitleAsync(new Regex("^" + Regex.Escape(next.Split(':')[0].TrimEnd('\u00a0'))));
            await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("48");
            await Assertions.Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
            await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = register })).ToHaveCountAsync(0);
            await AssertAccessibleAsync(Page);
        }
    }

    // The zone by its city: the script names it from its id on the first page, the server in the page language after.
    [GeneratedRegex(@"su hora: .+ \((Mexico City|Ciudad de México)\)")]
    private static partial Regex InVisitorZone();
}
