namespace CoCreation.Domain.ActionPlans;

/// <summary>The four OGP values a commitment may be relevant to.</summary>
public static class OgpValues
{
    public static readonly IReadOnlyList<string> All =
    [
        "access-to-information",
        "civic-participation",
        "public-accountability",
        "technology-innovation",
    ];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
