using System.Security.Claims;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Features.Timelines;

namespace CoCreation.Web.Tests.Features.Timelines;

/// <summary>An official's usual steps on a timeline, through the real handlers.</summary>
internal static class TimelineSteps
{
    /// <summary>Local times three weeks ahead, so the timeline published today meets the two-weeks check.</summary>
    public static readonly DateTime Ahead = DateTime.UtcNow.Date.AddDays(21).AddHours(10);

    public static SaveActivity.Command Workshop(
        string title = "Launch workshop",
        string zone = "America/Argentina/Buenos_Aires",
        DateTime? starts = null,
        int? phaseId = null
    ) =>
        new()
        {
            Code = "ar",
            PhaseId = phaseId,
            Kind = ActivityKind.Workshop,
            Title = new()
            {
                En = title,
                Fr = title == "Launch workshop" ? "Atelier de lancement" : null,
                Es = title == "Launch workshop" ? "Taller de lanzamiento" : null,
            },
            Description = new() { En = "The first open session of the co-creation process." },
            StartsLocal = starts ?? Ahead,
            EndsLocal = (starts ?? Ahead).AddHours(3),
            TimeZone = zone,
            Place = "Casa Rosada, Buenos Aires",
            Languages = "es, en",
            WhoMayAttend = "Everyone",
            HowToRegister = "By email",
            Capacity = 80,
        };

    /// <summary>Cycle 2017-2019, one phase and three activities in two time zones; published when asked.</summary>
    public static async Task<List<int>> BuildAsync(PortalFixture portal, ClaimsPrincipal official, bool publish)
    {
        await portal.SendAsync(new SaveCycle.Command { Code = "ar", Cycle = "2017-2019" }, official);
        await portal.SendAsync(
            new AddPhase.Command
            {
                Code = "ar",
                Name = new()
                {
                    En = "Consultation",
                    Fr = "Consultation",
                    Es = "Consulta",
                },
            },
            official
        );
        var phaseId = (await portal.SendAsUserAsync(new Edit.Query("ar"), official))!.Phases.Single().Id;
        var ids = new List<int>
        {
            (await portal.SendAsync(Workshop(phaseId: phaseId), official))!.Value,
            (
                await portal.SendAsync(
                    Workshop("Meeting with civil society in Córdoba", starts: Ahead.AddDays(3)) with
                    {
                        Kind = ActivityKind.CivilSocietyMeeting,
                    },
                    official
                )
            )!.Value,
            (
                await portal.SendAsync(
                    Workshop("Webinar for the diaspora in Madrid", zone: "Europe/Madrid", starts: Ahead.AddDays(1)) with
                    {
                        Kind = ActivityKind.OnlineConsultation,
                        Place = null,
                        OnlineLink = "https://meet.example/diaspora",
                    },
                    official
                )
            )!.Value,
        };
        if (publish)
        {
            await portal.SendAsync(new Publish.Command("ar"), official);
        }

        return ids;
    }
}
