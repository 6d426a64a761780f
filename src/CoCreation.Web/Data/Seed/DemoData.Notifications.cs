using CoCreation.Domain.Notifications;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Data.Seed;

/// <summary>
/// What the demo follows: the official follows the members they act for; the participant follows Colombia, the campaign and
/// two of Colombia's proposals with a daily digest, and finds a few unread notifications waiting (a timeline change, an
/// answer, a new event).
/// </summary>
public sealed partial class DemoData
{
    private async Task LoadFollowsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var participant = await db
            .Users.Where(u => u.Email == "participant@demo.cocreation.example")
            .Select(u => u.Id)
            .SingleAsync(cancellationToken);
        var official = await db
            .Users.Where(u => u.Email == "official@demo.cocreation.example")
            .Select(u => u.Id)
            .SingleAsync(cancellationToken);
        var colombia = await db
            .Members.Where(m => m.Code == "CO")
            .Select(m => new
            {
                m.Id,
                m.Code,
                m.Name,
            })
            .SingleAsync(cancellationToken);
        var argentina = await db.Members.Where(m => m.Code == "AR").Select(m => m.Id).SingleAsync(cancellationToken);
        var campaign = await db.Campaigns.OrderBy(c => c.Id).Select(c => new { c.Id, c.Title }).FirstOrDefaultAsync(cancellationToken);
        var proposals = await db
            .Submissions.Where(s => s.MemberId == colombia.Id && PublicSubmissions.Statuses.Contains(s.Status))
            .OrderByDescending(s => s.AnsweredAt != null)
            .ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id,
                s.Title,
                s.AnsweredAt,
            })
            .Take(2)
            .ToListAsync(cancellationToken);

        db.Follows.AddRange(
            new Follow(official, FollowedKind.Member, argentina, true, now),
            new Follow(official, FollowedKind.Member, colombia.Id, true, now),
            new Follow(participant, FollowedKind.Member, colombia.Id, false, now)
        );
        db.Follows.AddRange(proposals.Select(p => new Follow(participant, FollowedKind.Submission, p.Id, false, now)));
        // The participant has chosen a daily digest (the default), so the account page and the unsubscribe link in their
        // emails have their settings from the start.
        db.NotificationSettings.Add(new NotificationSettings(participant, EmailChoice.Daily, Guid.NewGuid().ToString("N")));
        if (campaign is not null)
        {
            db.Follows.Add(new Follow(participant, FollowedKind.Campaign, campaign.Id, false, now));
        }

        var activity = await db
            .Timelines.Where(t => t.MemberId == colombia.Id && t.PublishedAt != null)
            .SelectMany(t => t.Activities)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Title })
            .FirstOrDefaultAsync(cancellationToken);
        var happenings = new List<Happening>();
        if (activity is not null)
        {
            happenings.Add(
                new Happening(
                    HappeningKind.TimelineChanged,
                    FollowedKind.Member,
                    colombia.Id,
                    colombia.Name,
                    colombia.Id,
                    null,
                    official,
                    activity.Title,
                    Paths.TimelineActivity(colombia.Code.ToLowerInvariant(), activity.Id),
                    now.AddHours(-20)
                )
            );
        }

        if (proposals.FirstOrDefault(p => p.AnsweredAt != null) is { } answered)
        {
            happenings.Add(
                new Happening(
                    HappeningKind.SubmissionAnswered,
                    FollowedKind.Submission,
                    answered.Id,
                    new LocalizedText(answered.Title),
                    colombia.Id,
                    null,
                    official,
                    null,
                    Paths.Submission(answered.Id),
                    now.AddHours(-6)
                )
            );
        }

        var webinar = await db
            .Events.OrderBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.Title,
                e.CampaignId,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (webinar is not null && campaign is not null)
        {
            happenings.Add(
                new Happening(
                    HappeningKind.EventCreated,
                    FollowedKind.Campaign,
                    campaign.Id,
                    campaign.Title,
                    null,
                    campaign.Id,
                    null,
                    webinar.Title,
                    Paths.Event(webinar.Id),
                    now.AddHours(-2)
                )
            );
        }

        db.Happenings.AddRange(happenings);
        await db.SaveChangesAsync(cancellationToken);

        // Already told (the demo starts with them in the list, unread) and already emailed: the demo sends nobody anything.
        var ids = happenings.Select(h => h.Id).ToArray();
        await db.Database.ExecuteSqlAsync($"UPDATE happenings SET fanned_out_at = {now} WHERE id = ANY({ids})", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO notifications (person_id, happening_id, created_at, emailed_at)
            SELECT {participant}, id, created_at, {now} FROM happenings WHERE id = ANY({ids})
            """,
            cancellationToken
        );
    }
}
