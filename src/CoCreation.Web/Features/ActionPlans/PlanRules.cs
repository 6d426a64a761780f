namespace CoCreation.Web.Features.ActionPlans;

/// <summary>Rules the plan's use cases share.</summary>
internal static class PlanRules
{
    /// <summary>
    /// A choice among the OGP values (a commitment's, or those the IRM found it relevant to): known ones, at most all of them.
    /// </summary>
    public static IRuleBuilderOptions<T, List<string>> KnownOgpValues<T>(this IRuleBuilder<T, List<string>> rule, IStringLocalizer text) =>
        rule.Must(v => v.Count <= Domain.ActionPlans.OgpValues.All.Count && v.TrueForAll(Domain.ActionPlans.OgpValues.IsKnown))
            .WithMessage(_ => text["Domain.Plan.OgpValueUnknown"]);
}
