using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;
using CoCreation.Domain.Submissions;
using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Tests.Features.Scorecards;

/// <summary>
/// Argentina's 2017-2019 cycle on crafted dates: a timeline published exactly 14 days before its first
/// activity, a forum meeting about every six months, a plan published on 31 August 2017 followed by two
/// meetings with civil society, and four published submissions of which three were answered (2, 4 and 9
/// days after publication). A help request and a pending proposal do not count.
/// </summary>
internal static class ScorecardScenario
{
    public static readonly DateTimeOffset Published = new(2017, 3, 20, 12, 0, 0, TimeSpan.Zero);

    public static async Task<(long Unanswered, List<long> Answered)> CreateAsync(PortalFixture portal)
    {
        await Scenario.LoadCampaignAsync(portal);
        var actor = (await portal.CreateUserAsync("official@example.org", roles: Web.Infrastructure.Identity.Roles.GovernmentOfficial))
            .User
            .Id;
        return await portal.WithDbAsync(async db =>
        {
            var argentina = await db.Members.Where(m => m.Code == "AR").Select(m => m.Id).SingleAsync();
            var week = await db.Campaigns.Select(c => c.Id).SingleAsync();
            var timeline = CoCreationTimeline.Start(argentina, "2017-2019", At(2017, 2, 20));
            ActivityDetails Activity(ActivityKind kind, string title, DateTimeOffset starts) =>
                new(
                    kind,
                    new LocalizedText(title),
                    null,
                    starts,
                    starts.AddHours(2),
                    "UTC",
                    "Buenos Aires",
                    null,
                    ["es"],
                    null,
                    null,
                    null
                );
            timeline.AddActivity(null, Activity(ActivityKind.Workshop, "Launch workshop", At(2017, 3, 20)), actor, At(2017, 2, 20));
            timeline.AddActivity(null, Activity(ActivityKind.ForumMeeting, "Forum meeting 1", At(2017, 3, 25)), actor, At(2017, 2, 20));
            timeline.Publish(actor, At(2017, 3, 6));

            // Planned later, as the forum went on: each addition is a revision, so the page is updated in 2018 and 2019 too.
            (DateTimeOffset Added, ActivityKind Kind, string Title, DateTimeOffset Starts)[] later =
            [
                (At(2017, 9, 1), ActivityKind.ForumMeeting, "Forum meeting 2", At(2017, 9, 20)),
                (At(2018, 1, 10), ActivityKind.CivilSocietyMeeting, "Implementation meeting with civil society 1", At(2018, 2, 1)),
                (At(2018, 2, 20), ActivityKind.ForumMeeting, "Forum meeting 3", At(2018, 3, 15)),
                (At(2018, 8, 20), ActivityKind.ForumMeeting, "Forum meeting 4", At(2018, 9, 10)),
                (At(2018, 9, 15), ActivityKind.CivilSocietyMeeting, "Implementation meeting with civil society 2", At(2018, 10, 1)),
                (At(2019, 2, 10), ActivityKind.ForumMeeting, "Forum meeting 5", At(2019, 3, 5)),
                (At(2019, 8, 1), ActivityKind.ForumMeeting, "Forum meeting 6", At(2019, 8, 30)),
            ];
            foreach (var (added, kind, title, starts) in later)
            {
                timeline.AddActivity(null, Activity(kind, title, starts), actor, added);
            }

            db.Timelines.Add(timeline);
            var plan = NationalActionPlan.Start(argentina, "2017-2019", PlanStatus.CoCreation);
            var reported = plan.AddCommitment("AR", "AR0001", new LocalizedText("Open contracting"), ["open-contracting"]);
            plan.Publish(At(2017, 8, 31));
            plan.RecordProgress(
                reported,
                null,
                new ProgressReport(new DateOnly(2018, 6, 30), ProgressLevel.Limited, "Primer informe de avance.", "es", []),
                actor,
                At(2018, 6, 30)
            );
            db.NationalActionPlans.Add(plan);

            var submissions = new List<Submission>();
            Submission Question(string title, SubmissionKind kind = SubmissionKind.Question)
            {
                var submission = Submission.Submit(
                    argentina,
                    kind,
                    new SubmissionContent(title, "en", "When and where are the workshops?"),
                    actor,
                    "Ana (example)",
                    null,
                    false,
                    Published.AddHours(-2)
                );

                // Sent as the Week was announced: the campaign's dashboard counts them (crafted; the Week itself began a week later).
                submission.SentIn(week, "2017-2019");
                submissions.Add(submission);
                return submission;
            }

            foreach (
                var (title, days) in new[]
                {
                    ("Answered after two days", 2),
                    ("Answered after four days", 4),
                    ("Answered after nine days", 9),
                }
            )
            {
                var answered = Question(title);
                answered.Publish(actor, Published);
                answered.Forward(actor, memberHasContact: true, Published.AddHours(1));
                answered.Answer(actor, AnswerOutcome.Answered, "The workshops are listed on the timeline.", [], Published.AddDays(days));
            }

            var waiting = Question("Still waiting for an answer");
            waiting.Publish(actor, Published.AddDays(1));
            waiting.Forward(actor, memberHasContact: true, Published.AddDays(1).AddHours(1));
            var help = Question("A help request the Support Unit answers", SubmissionKind.HelpRequest);
            help.Publish(actor, Published);
            Question("Not yet moderated");
            foreach (var submission in submissions)
            {
                submission.ClearDomainEvents();
            }

            db.Submissions.AddRange(submissions);
            await db.SaveChangesAsync();
            return (
                waiting.Id,
                submissions
                    .Where(s => s.Status == SubmissionStatus.Answered && s.Kind == SubmissionKind.Question)
                    .Select(s => s.Id)
                    .ToList()
            );
        });
    }

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);
}
