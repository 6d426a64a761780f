using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Features.ActionPlans;

namespace CoCreation.Testing;

/// <summary>Argentina's 2017-2019 national action plan, written by its official, and its commitment AR0090.</summary>
public static class PlanScenario
{
    /// <summary>Argentina's 2017-2019 plan with <paramref name="status"/>, as the plan form sends it.</summary>
    public static Edit.Command Plan(PlanStatus status = PlanStatus.CoCreation, string? documents = null, bool publish = false) =>
        new()
        {
            Code = "ar",
            Cycle = "2017-2019",
            Status = status,
            Documents = documents,
            Publish = publish,
        };

    /// <summary>The commitment AR0090 of Argentina's 2017-2019 plan, every field filled.</summary>
    public static EditCommitment.Command OpenContracting(string ogpId = "AR0090") =>
        new()
        {
            Code = "ar",
            Cycle = "2017-2019",
            OgpId = ogpId,
            Title = new() { En = "Open contracting in public works", Es = "Contrataciones abiertas en obra pública" },
            Problem = "Public works contracts are not published.",
            Solution = "Publish every public works contract as open data.",
            HowItHelps = "Citizens can follow spending.",
            Relevance = "Access to information and public accountability.",
            PolicyAreas = ["open-contracting", "anti-corruption"],
            OgpValues = ["access-to-information", "public-accountability"],
            LeadInstitution = "Public procurement office",
            SupportingInstitutions = "Poder Ciudadano\nNational statistics office",
            StartsOn = new DateOnly(2017, 9, 1),
            EndsOn = new DateOnly(2019, 8, 31),
            Completion = CompletionLevel.Limited,
        };

    /// <summary>The people of <see cref="Scenario"/>; Argentina's official drafts the plan with <see cref="OpenContracting"/>
    /// and, when <paramref name="publish"/>, submits and publishes it and moves it to implementation.</summary>
    public static async Task<Scenario> ImplementingPlanAsync(PortalFixture portal, bool publish = true)
    {
        var people = await Scenario.CreateAsync(portal);
        await portal.SendAsync(Plan(), people.ArgentinaOfficial);
        await portal.SendAsync(OpenContracting(), people.ArgentinaOfficial);
        if (publish)
        {
            await portal.SendAsync(Plan(PlanStatus.Submitted, publish: true), people.ArgentinaOfficial);
            await portal.SendAsync(Plan(PlanStatus.Implementing), people.ArgentinaOfficial);
        }

        return people;
    }
}
