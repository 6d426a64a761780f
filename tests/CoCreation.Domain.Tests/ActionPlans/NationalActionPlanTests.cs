using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.Tests.ActionPlans;

public sealed class NationalActionPlanTests
{
    private static CommitmentDetails Details(string[]? values = null, string[]? areas = null) =>
        new(
            new LocalizedText("Open contracting"),
            "Contracts are not published.",
            "Publish all contracts as open data.",
            "Citizens can follow spending.",
            "Access to information.",
            areas ?? ["open-contracting"],
            values ?? ["access-to-information"],
            "Public procurement office",
            ["Civil society forum", " ", "Civil society forum"],
            new DateOnly(2017, 9, 1),
            new DateOnly(2019, 8, 31)
        );

    [Fact]
    public void The_status_moves_forward_one_step_at_a_time()
    {
        var plan = NationalActionPlan.Start(1, "2017-2019", PlanStatus.CoCreation);

        plan.MoveTo(PlanStatus.CoCreation);
        plan.MoveTo(PlanStatus.Submitted);
        var skipped = Assert.Throws<DomainException>(() => plan.MoveTo(PlanStatus.Completed));
        var back = Assert.Throws<DomainException>(() => plan.MoveTo(PlanStatus.CoCreation));
        plan.MoveTo(PlanStatus.Implementing);

        Assert.Equal("Domain.Plan.StatusMove", skipped.Code);
        Assert.Equal(["PlanStatus.Submitted", "PlanStatus.Completed"], skipped.Arguments);
        Assert.Equal("Domain.Plan.StatusMove", back.Code);
        Assert.Equal(PlanStatus.Implementing, plan.Status);
    }

    [Theory]
    [InlineData("2019-2017")]
    [InlineData("2019-2019")]
    [InlineData("2017/2019")]
    public void A_plans_cycle_is_two_years_the_second_after_the_first_as_a_timelines_is(string cycle)
    {
        // The scorecards read every plan cycle of a member as a period; one they cannot read broke the member's scorecard.
        var refused = Assert.Throws<DomainException>(() => NationalActionPlan.Start(1, cycle, PlanStatus.CoCreation));

        Assert.Equal("Domain.Plan.CycleInvalid", refused.Code);
        Assert.Equal("2017-2019", NationalActionPlan.Start(1, "2017-2019", PlanStatus.CoCreation).Cycle);
    }

    [Fact]
    public void A_plan_is_published_once_and_its_documents_are_links()
    {
        var plan = NationalActionPlan.Start(1, "2017-2019", PlanStatus.CoCreation);
        plan.SetDocuments([new PlanDocument(" Plan (PDF) ", "https://example.org/plan.pdf")]);
        plan.Publish(new DateTimeOffset(2017, 8, 31, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal([new PlanDocument("Plan (PDF)", "https://example.org/plan.pdf")], plan.Documents);
        Assert.Equal("Domain.Plan.AlreadyPublished", Assert.Throws<DomainException>(() => plan.Publish(DateTimeOffset.UtcNow)).Code);
        Assert.Equal(
            "Domain.Plan.DocumentInvalid",
            Assert.Throws<DomainException>(() => plan.SetDocuments([new PlanDocument("Plan", "javascript:alert(1)")])).Code
        );
        Assert.Equal(
            "Domain.Plan.DocumentInvalid",
            Assert.Throws<DomainException>(() => plan.SetDocuments([new PlanDocument("", "https://example.org")])).Code
        );
        Assert.Single(plan.Documents);
    }

    [Fact]
    public void A_commitment_carries_its_sections_values_institutions_dates_and_completion()
    {
        var plan = NationalActionPlan.Start(1, "2017-2019", PlanStatus.CoCreation);

        var commitment = plan.AddCommitment("ar", "ar0090", Details());
        plan.ChangeCommitment(commitment, Details(values: ["access-to-information", "civic-participation"]), CompletionLevel.Substantial);

        Assert.Equal("AR0090", commitment.OgpId);
        Assert.Equal(["access-to-information", "civic-participation"], commitment.OgpValues);
        Assert.Equal(["Civil society forum"], commitment.SupportingInstitutions);
        Assert.Equal("Publish all contracts as open data.", commitment.Solution);
        Assert.Equal(CompletionLevel.Substantial, commitment.Completion);
        Assert.Equal(new DateOnly(2019, 8, 31), commitment.EndsOn);
    }

    [Fact]
    public void Unknown_values_areas_ids_and_duplicates_are_refused()
    {
        var plan = NationalActionPlan.Start(1, "2017-2019", PlanStatus.CoCreation);
        plan.AddCommitment("AR", "AR0090", Details());

        Assert.Equal("Domain.Plan.OgpValueUnknown", Assert.Throws<DomainException>(() => Details(values: ["transparency-theatre"])).Code);
        Assert.Equal("Domain.Submission.PolicyAreaUnknown", Assert.Throws<DomainException>(() => Details(areas: ["astrology"])).Code);
        Assert.Equal("Domain.Plan.OgpIdInvalid", Assert.Throws<DomainException>(() => plan.AddCommitment("AR", "90", Details())).Code);
        Assert.Equal(
            "Domain.Plan.CommitmentIdTaken",
            Assert.Throws<DomainException>(() => plan.AddCommitment("AR", "AR0090", Details())).Code
        );
        Assert.Single(plan.Commitments);
    }

    [Theory]
    [InlineData("AR", "BR0001")]
    [InlineData("AR", "AR-BA0001")]
    [InlineData("AR", "ARX0001")]
    [InlineData("AR", "AR00001")]
    [InlineData("AR", "AR001")]
    [InlineData("AR-BA", "AR0001")]
    [InlineData("AR-B", "AR-BA0001")]
    [InlineData("AR-BA", "BR-BA0001")]
    [InlineData("", "0001")]
    public void A_commitment_id_that_is_not_the_members_code_and_four_digits_is_refused(string memberCode, string ogpId)
    {
        var plan = NationalActionPlan.Start(1, "2017-2019", PlanStatus.CoCreation);

        var refused = Assert.Throws<DomainException>(() => plan.AddCommitment(memberCode, ogpId, Details()));

        Assert.Equal("Domain.Plan.OgpIdInvalid", refused.Code);
        Assert.Empty(plan.Commitments);
    }

    [Theory]
    [InlineData("AR", "AR0090")]
    [InlineData("ar", " ar0090 ")]
    [InlineData("AR-BA", "AR-BA0001")]
    [InlineData("US-AUSTIN", "US-AUSTIN0001")]
    [InlineData("XX-ABCDEFGH", "XX-ABCDEFGH9999")]
    public void A_country_or_a_subnational_member_numbers_its_commitments_after_its_code(string memberCode, string ogpId)
    {
        var plan = NationalActionPlan.Start(1, "2017-2019", PlanStatus.CoCreation);

        var commitment = plan.AddCommitment(memberCode, ogpId, Details());

        Assert.Equal(ogpId.Trim().ToUpperInvariant(), commitment.OgpId);
        Assert.True(commitment.OgpId.Length <= Commitment.OgpIdMax);
    }
}
