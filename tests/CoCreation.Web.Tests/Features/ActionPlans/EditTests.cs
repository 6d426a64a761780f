using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.ActionPlans;
using CoCreation.Web.Infrastructure.Mediator;
using static CoCreation.Testing.PlanScenario;
using Decide = CoCreation.Web.Features.Moderation.Decide;

namespace CoCreation.Web.Tests.Features.ActionPlans;

public sealed class EditTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task An_official_drafts_a_plan_with_a_commitment_publishes_it_and_the_commitment_page_lists_the_submission_it_came_from()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(
            Plan(PlanStatus.CoCreation, documents: "Plan 2017-2019 | https://example.org/plan.pdf"),
            people.ArgentinaOfficial
        );
        Assert.Equal("AR0090", await Portal.SendAsync(OpenContracting(), people.ArgentinaOfficial));

        Assert.Null(await Portal.QueryAsync(new Details.Query("ar", "2017-2019")));
        Assert.Null(await Portal.QueryAsync(new Web.Features.Commitments.Details.Query("ar0090")));
        await Portal.SendAsync(
            Plan(PlanStatus.Submitted, documents: "Plan 2017-2019 | https://example.org/plan.pdf", publish: true),
            people.ArgentinaOfficial
        );

        var id = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal());
        var commitmentId = await Portal.WithDbAsync(db => db.Commitments.Where(c => c.OgpId == "AR0090").Select(c => c.Id).SingleAsync());
        await Portal.SendAsync(
            Scenario.Answer(id, AnswerOutcome.Included, "Incluida como compromiso AR0090.", commitmentId),
            people.ArgentinaOfficial
        );

        var plan = (await Portal.QueryAsync(new Details.Query("ar", "2017-2019")))!;
        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Equal([new PlanDocument("Plan 2017-2019", "https://example.org/plan.pdf")], plan.Documents);
        var item = Assert.Single(plan.Commitments);
        Assert.Equal(1, item.Submissions);
        var commitment = (await Portal.QueryAsync(new Web.Features.Commitments.Details.Query("ar0090")))!;
        Assert.Equal("Contrataciones abiertas en obra pública", commitment.Title.In("es"));
        Assert.Equal(["Poder Ciudadano", "National statistics office"], commitment.SupportingInstitutions);
        Assert.Equal(["access-to-information", "public-accountability"], commitment.OgpValues);
        Assert.Equal(CompletionLevel.Limited, commitment.Completion);
        Assert.Equal([id], commitment.Submissions.Select(s => s.Id));

        var audit = await Portal.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.Action.StartsWith("plan.") || a.Action.StartsWith("commitment."))
                .OrderBy(a => a.Id)
                .Select(a => a.Action)
                .ToListAsync()
        );
        Assert.Equal(["plan.created", "commitment.created", "plan.published"], audit);
    }

    [Fact]
    public async Task A_status_going_back_bad_documents_and_a_taken_id_are_refused_and_officials_act_only_for_their_members()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(Plan(PlanStatus.Submitted), people.ArgentinaOfficial);
        await Portal.SendAsync(OpenContracting(), people.ArgentinaOfficial);

        var back = await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(Plan(PlanStatus.CoCreation), people.ArgentinaOfficial));
        var documents = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(Plan(PlanStatus.Submitted, documents: "No link here"), people.ArgentinaOfficial)
        );
        var taken = await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(OpenContracting(), people.ArgentinaOfficial));
        var values = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(OpenContracting("AR0091") with { OgpValues = ["magic"] }, people.ArgentinaOfficial)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(Plan(PlanStatus.Implementing), people.ColombiaOfficial)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(OpenContracting("AR0091"), people.ColombiaOfficial));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(OpenContracting("AR0091"), people.Participant));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsUserAsync(new Edit.Query("ar", null), people.ColombiaOfficial)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsUserAsync(new EditCommitment.Query("ar", "2017-2019", "AR0090"), people.Participant)
        );

        Assert.Equal("Domain.Plan.StatusMove", back.Code);
        Assert.Contains("Documents", documents.Errors.Keys);
        Assert.Equal("Domain.Plan.CommitmentIdTaken", taken.Code);
        Assert.Contains("OgpValues", values.Errors.Keys);
        var plan = await Portal.WithDbAsync(db => db.NationalActionPlans.Include(p => p.Commitments).SingleAsync());
        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Equal(["AR0090"], plan.Commitments.Select(c => c.OgpId));
    }

    [Fact]
    public async Task An_official_cannot_give_a_commitment_an_id_of_another_member()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(Plan(PlanStatus.CoCreation), people.ArgentinaOfficial);

        var brazilian = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(OpenContracting("BR0001"), people.ArgentinaOfficial)
        );
        var subnational = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(OpenContracting("AR-BA0001"), people.ArgentinaOfficial)
        );
        Assert.Equal("AR0001", await Portal.SendAsync(OpenContracting("ar0001"), people.ArgentinaOfficial));

        Assert.Contains("OgpId", brazilian.Errors.Keys);
        Assert.Contains("OgpId", subnational.Errors.Keys);
        Assert.Equal(["AR0001"], await Portal.WithDbAsync(db => db.Commitments.Select(c => c.OgpId).ToListAsync()));
    }
}
