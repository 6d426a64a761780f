namespace CoCreation.Web.Features.ActionPlans;

/// <summary>
/// The commitment a command changes, as its address names it: the member's code, the plan's cycle and the commitment's OGP id.
/// </summary>
public record CommitmentAddress
{
    public string Code { get; set; } = "";

    public string Cycle { get; set; } = "";

    public string OgpId { get; set; } = "";
}
