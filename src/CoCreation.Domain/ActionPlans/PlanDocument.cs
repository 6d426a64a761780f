namespace CoCreation.Domain.ActionPlans;

/// <summary>A document of the plan, published elsewhere and linked here.</summary>
public sealed record PlanDocument(string Title, string Url);
