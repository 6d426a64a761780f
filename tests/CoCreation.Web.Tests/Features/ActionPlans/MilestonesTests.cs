using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;
using CoCreation.Web.Features.ActionPlans;
using CoCreation.Web.Infrastructure.Mediator;
using CommitmentDetails = CoCreation.Web.Features.Commitments.Details;

namespace CoCreation.Web.Tests.Features.ActionPlans;

/// <summary>Issue 22: milestones, progress updates with evidence and the IRM assessment of a commitment.</summary>
public sealed class MilestonesTests(WebFixture portal) : PortalTest(portal)
{
    internal static EditMilestone.Command Milestone(string en = "Publish the contracts of 2018", int? id = null) =>
        new()
        {
            Code = "ar",
            Cycle = "2017-2019",
            OgpId = "AR0090",
            Id = id,
            Text = new() { En = en, Es = "Publicar los contratos de 2018" },
            StartsOn = new DateOnly(2018, 1, 1),
            EndsOn = new DateOnly(2018, 12, 31),
            ExpectedOutput = "Open data set of contracts",
        };

    internal static RecordProgress.Command Progress(ProgressLevel level = ProgressLevel.Substantial, int? milestoneId = null) =>
        new()
        {
            Code = "ar",
            Cycle = "2017-2019",
            OgpId = "AR0090",
            MilestoneId = milestoneId,
            On = new DateOnly(2018, 11, 15),
            Level = level,
            Text = "Se publicaron 1200 contratos.",
            Language = "es",
            Evidence = [new() { Url = "https://datos.gob.ar/contratos.csv", Title = "Contratos 2018" }, new()],
        };

    [Fact]
    public async Task An_official_adds_milestones_and_progress_and_the_public_page_shows_the_level_history_late_milestones_and_revisions()
    {
        var people = await PlanScenario.ImplementingPlanAsync(Portal);

        await Portal.SendAsync(Milestone(), people.ArgentinaOfficial);
        await Portal.SendAsync(
            Milestone("Evaluate with civil society") with
            {
                StartsOn = new DateOnly(2019, 1, 1),
                EndsOn = new DateOnly(2019, 6, 30),
            },
            people.ArgentinaOfficial
        );
        var ids = await Portal.WithDbAsync(db => db.Milestones.OrderBy(m => m.Order).Select(m => m.Id).ToListAsync());
        await Portal.SendAsync(Progress(ProgressLevel.Complete, ids[0]), people.ArgentinaOfficial);
        await Portal.SendAsync(Progress() with { On = new DateOnly(2018, 3, 1), Level = ProgressLevel.Limited }, people.ArgentinaOfficial);
        await Portal.SendAsync(Progress(), people.ArgentinaOfficial);
        await Portal.SendAsync(
            new MoveMilestone.Command
            {
                Code = "ar",
                Cycle = "2017-2019",
                OgpId = "AR0090",
                Id = ids[1],
                Direction = -1,
            },
            people.ArgentinaOfficial
        );

        var page = (await Portal.QueryAsync(new CommitmentDetails.Query("ar0090")))!;
        Assert.Equal(ProgressLevel.Substantial, page.CurrentLevel);
        Assert.Equal(CompletionLevel.Substantial, page.Completion);
        Assert.Equal(
            [("Evaluate with civil society", true), ("Publish the contracts of 2018", false)],
            page.Milestones.Select(m => (m.Text.En, m.Late))
        );
        Assert.Equal(3, page.Progress.Count);
        Assert.Equal([new EvidenceLink("https://datos.gob.ar/contratos.csv", "Contratos 2018")], page.Progress[0].Evidence);
        // On the commitment's page the evidence's title is marked in the update's language, as the update's text is.
        var html = await Portal.CreateClient().GetAsync(Web.Infrastructure.Web.Paths.Commitment("AR0090"));
        var evidence = html.QuerySelector("a[href='https://datos.gob.ar/contratos.csv']")!;
        Assert.Equal(page.Progress[0].Language, evidence.GetAttribute("lang"));
        Assert.Equal(
            [CommitmentChange.MilestonesReordered, CommitmentChange.MilestoneAdded, CommitmentChange.MilestoneAdded],
            page.Revisions.Select(r => r.Change)
        );

        var plan = (await Portal.QueryAsync(new Details.Query("ar", "2017-2019")))!;
        Assert.Equal(
            [
                (new DateOnly(2018, 3, 31), 0, 1, 0),
                (new DateOnly(2018, 6, 30), 0, 1, 0),
                (new DateOnly(2018, 9, 30), 0, 1, 0),
                (new DateOnly(2018, 12, 31), 0, 0, 1),
            ],
            plan.Progress.Select(p =>
                (
                    p.On,
                    p.Counts[(int)ProgressLevel.NotStarted],
                    p.Counts[(int)ProgressLevel.Limited],
                    p.Counts[(int)ProgressLevel.Substantial]
                )
            )
        );
    }

    [Fact]
    public async Task No_progress_before_publication_and_officials_act_only_for_their_members_and_the_support_unit_alone_enters_the_IRM()
    {
        var people = await PlanScenario.ImplementingPlanAsync(Portal, publish: false);
        await Portal.SendAsync(Milestone(), people.ArgentinaOfficial);

        var unpublished = await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(Progress(), people.ArgentinaOfficial));
        Assert.Equal("Domain.Progress.PlanNotPublished", unpublished.Code);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(Milestone("Colombia's"), people.ColombiaOfficial));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(Progress(), people.ColombiaOfficial));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(Progress(), people.Participant));

        var irm = new AssessCommitment.Command
        {
            Code = "ar",
            Cycle = "2017-2019",
            OgpId = "AR0090",
            Verifiable = true,
            RelevantValues = ["access-to-information"],
            PotentialImpact = PotentialImpact.Moderate,
            ReportUrl = "https://www.opengovpartnership.org/documents/argentina-irm-report",
        };
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(irm, people.ArgentinaOfficial));
        var bare = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(irm with { ReportUrl = "opengovpartnership.org/irm" }, people.Support)
        );
        Assert.Equal(["Enter the IRM report’s full web address, starting with https://."], bare.Errors["ReportUrl"]);
        Assert.Equal("AR0090", await Portal.SendAsync(irm, people.Support));

        var stored = await Portal.WithDbAsync(db => db.Commitments.Select(c => c.Irm).SingleAsync());
        Assert.Equal(PotentialImpact.Moderate, stored!.PotentialImpact);
        Assert.Null(stored.OpenedGovernment);
        Assert.Equal(["Publish the contracts of 2018"], await Portal.WithDbAsync(db => db.Milestones.Select(m => m.Text.En).ToListAsync()));
        Assert.Empty(await Portal.WithDbAsync(db => db.ProgressUpdates.ToListAsync()));
        // Stored by name, so the column reads without the enum's numbering.
        Assert.Equal(
            ["Moderate"],
            await Portal.WithDbAsync(db =>
                db.Database.SqlQuery<string>($"SELECT irm->>'potentialImpact' AS \"Value\" FROM commitments").ToListAsync()
            )
        );
    }

    [Fact]
    public async Task An_official_of_another_member_gets_403_on_the_forms_and_the_IRM_form_is_the_support_units()
    {
        await PlanScenario.ImplementingPlanAsync(Portal);
        using var colombia = await Portal.SignedInClientAsync("official.co@example.org");
        using var argentina = await Portal.SignedInClientAsync("official.ar@example.org");
        using var support = await Portal.SignedInClientAsync("support@example.org");

        foreach (
            var path in new[]
            {
                "/members/ar/plans/2017-2019/commitment/ar0090/milestone",
                "/members/ar/plans/2017-2019/commitment/ar0090/progress",
            }
        )
        {
            await colombia.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, colombia.Status);
            await argentina.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, argentina.Status);
        }

        await argentina.GetAsync("/members/ar/plans/2017-2019/commitment/ar0090/irm");
        Assert.Equal(HttpStatusCode.Forbidden, argentina.Status);
        await support.GetAsync("/members/ar/plans/2017-2019/commitment/ar0090/irm");
        Assert.Equal(HttpStatusCode.OK, support.Status);
    }
}
