namespace CoCreation.Domain.Scorecards;

/// <summary>
/// The OGP Participation and Co-Creation Standards (2021) minimum requirements the scorecard checks, in the standards' order.
/// </summary>
public enum Standard
{
    /// <summary>1. A multi-stakeholder forum meets regularly (at least every six months).</summary>
    ForumMeetsRegularly,

    /// <summary>2. The OGP page / online repository is kept up to date (at least twice a year).</summary>
    RepositoryKeptUpToDate,

    /// <summary>3. The timeline and participation opportunities are published at least two weeks before the first activity.</summary>
    TimelinePublishedInTime,

    /// <summary>4. A reasoned response to the public's contributions.</summary>
    ReasonedResponse,

    /// <summary>5. During implementation, at least two meetings with civil society and progress reported on every commitment.</summary>
    MeetingsDuringImplementation,
}
