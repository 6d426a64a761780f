namespace CoCreation.Domain.Campaigns;

/// <summary>A member taking part in a campaign.</summary>
public sealed class CampaignParticipant
{
    private CampaignParticipant() { }

    internal CampaignParticipant(int memberId) => MemberId = memberId;

    public int CampaignId { get; private set; }

    public int MemberId { get; private set; }
}
