namespace CoCreation.Web.Pages.ActionPlans;

/// <summary>
/// The OGP values as checkboxes (_OgpValueChoices.cshtml), with the field's errors under them: <paramref name="Name"/> is the
/// field the form posts, <paramref name="IdPrefix"/> keeps the ids of two such lists apart.
/// </summary>
public sealed record OgpValueChoices(string Name, string IdPrefix, string Legend, IReadOnlyCollection<string> Chosen);
