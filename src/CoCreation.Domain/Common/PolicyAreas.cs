namespace CoCreation.Domain.Common;

/// <summary>The one shared list of policy areas, used by proposals and by NAP commitments.</summary>
public static class PolicyAreas
{
    public static readonly IReadOnlyList<string> All =
    [
        "access-to-information",
        "anti-corruption",
        "civic-space",
        "fiscal-openness",
        "open-contracting",
        "beneficial-ownership",
        "public-service-delivery",
        "justice",
        "environment",
        "health",
        "education",
        "gender-inclusion",
        "digital-governance",
        "lobbying",
        "open-parliament",
        "local-government",
    ];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
