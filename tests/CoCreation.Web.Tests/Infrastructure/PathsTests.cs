using System.Reflection;
using CoCreation.Web.Infrastructure.Web;
using Npgsql;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>Every address the portal writes comes from Paths, so every Paths method must lead to a page that answers.</summary>
public sealed class PathsTests(WebFixture portal) : PortalTest(portal)
{
    private static readonly string[] People =
    [
        "participant@demo.cocreation.example",
        "official@demo.cocreation.example",
        "support@demo.cocreation.example",
        "admin@demo.cocreation.example",
    ];

    [Fact]
    public async Task Every_address_in_Paths_answers_for_a_demo_record_and_someone_who_may_see_it()
    {
        await Scenario.LoadDemoAsync(Portal);

        var known = await KnownAsync();
        var examples = Examples(known);
        var methods = typeof(Paths).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).Distinct();
        Assert.Empty(methods.Except(examples.Select(e => e.Method)));

        using var visitor = Portal.CreateClient(followRedirects: false);
        var clients = new List<PortalClient> { visitor };
        foreach (var email in People)
        {
            clients.Add(await Portal.Factory.SignedInClientAsync(email, Data.Seed.DemoData.DemoPassword, followRedirects: false));
        }

        try
        {
            var unanswered = new List<string>();
            foreach (var (method, path) in examples)
            {
                Assert.StartsWith("/", path, StringComparison.Ordinal);

                // The language switch answers with a redirect back, and the access-denied page is the 403 page itself.
                var answers = method switch
                {
                    nameof(Paths.Language) => HttpStatusCode.Redirect,
                    // Following is done by its form (POST); the address itself leads to the list of what one follows.
                    nameof(Paths.Follow) => HttpStatusCode.Redirect,
                    nameof(Paths.AccessDenied) => HttpStatusCode.Forbidden,
                    _ => HttpStatusCode.OK,
                };
                var statuses = new List<HttpStatusCode>();
                foreach (var client in clients)
                {
                    using var response = await client.Http.GetAsync(path);
                    statuses.Add(response.StatusCode);
                    if (response.StatusCode == answers)
                    {
                        break;
                    }
                }

                if (statuses[^1] != answers)
                {
                    unanswered.Add($"{method} {path}: {string.Join(", ", statuses.Select(s => (int)s))}");
                }
            }

            Assert.Empty(unanswered);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task The_url_of_the_first_row_of_every_open_data_collection_is_the_page_the_portal_links_to()
    {
        await Scenario.LoadDemoAsync(Portal);

        using var visitor = Portal.CreateClient(followRedirects: false);
        var urls = new Dictionary<string, string>();
        foreach (var collection in Web.Features.OpenData.Collections.All.Where(c => c.Fields.Any(f => f.Name == "url")))
        {
            using var rows = System.Text.Json.JsonDocument.Parse(
                await visitor.Http.GetStringAsync(collection.DownloadPath(Web.Features.OpenData.DownloadFormat.Json))
            );
            var url = rows.RootElement.EnumerateArray().First().GetProperty("url").GetString()!;
            urls[collection.Name] = url;
            using var page = await visitor.Http.GetAsync(url);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{collection.Name}: {url} answered {(int)page.StatusCode}");
        }

        using var argentina = System.Text.Json.JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/v1/members/AR"));
        Assert.Equal(Paths.Member("AR"), argentina.RootElement.GetProperty("url").GetString());
        Assert.Equal(Paths.Timeline(urls["timelines"].Split('/')[2]), urls["timelines"]);
    }

    private static List<(string Method, string Path)> Examples(Known k) =>
        [
            (nameof(Paths.Home), Paths.Home()),
            (nameof(Paths.Language), Paths.Language("fr", Paths.Members())),
            (nameof(Paths.OpenData), Paths.OpenData()),
            (nameof(Paths.Api), Paths.Api()),
            (nameof(Paths.ApiCollection), Paths.ApiCollection("members")),
            (nameof(Paths.OpenDataDownload), Paths.OpenDataDownload("members", "csv")),
            (nameof(Paths.OpenDataDownload), Paths.OpenDataDownload("submissions", "json")),
            (nameof(Paths.Members), Paths.Members()),
            (nameof(Paths.MemberCreate), Paths.MemberCreate()),
            (nameof(Paths.Member), Paths.Member("AR")),
            (nameof(Paths.MemberEdit), Paths.MemberEdit("AR")),
            (nameof(Paths.InviteContact), Paths.InviteContact("FR")),
            (nameof(Paths.Timelines), Paths.Timelines()),
            (nameof(Paths.TimelinesFeed), Paths.TimelinesFeed()),
            (nameof(Paths.Timeline), Paths.Timeline(k.ActivityMember)),
            (nameof(Paths.TimelineActivity), Paths.TimelineActivity(k.ActivityMember, k.Activity)),
            (nameof(Paths.TimelinePreview), Paths.TimelinePreview(k.ActivityMember)),
            (nameof(Paths.TimelineEdit), Paths.TimelineEdit(k.ActivityMember)),
            (nameof(Paths.TimelineFeed), Paths.TimelineFeed(k.ActivityMember)),
            (nameof(Paths.TimelineCalendar), Paths.TimelineCalendar(k.ActivityMember)),
            (nameof(Paths.ActivityCalendar), Paths.ActivityCalendar(k.ActivityMember, k.Activity)),
            (nameof(Paths.ActivityEdit), Paths.ActivityEdit(k.ActivityMember)),
            (nameof(Paths.ActivityEdit), Paths.ActivityEdit(k.ActivityMember, k.Activity)),
            (nameof(Paths.Plan), Paths.Plan(k.PlanMember, k.PlanCycle)),
            (nameof(Paths.PlanEdit), Paths.PlanEdit(k.PlanMember)),
            (nameof(Paths.PlanEdit), Paths.PlanEdit(k.PlanMember, k.PlanCycle)),
            (nameof(Paths.CommitmentEdit), Paths.CommitmentEdit(k.PlanMember, k.PlanCycle)),
            (nameof(Paths.CommitmentEdit), Paths.CommitmentEdit(k.PlanMember, k.PlanCycle, k.OgpId)),
            (nameof(Paths.Commitment), Paths.Commitment(k.OgpId)),
            (nameof(Paths.CommitmentMilestones), Paths.CommitmentMilestones(k.OgpId)),
            (nameof(Paths.CommitmentProgress), Paths.CommitmentProgress(k.OgpId)),
            (nameof(Paths.CommitmentProgressRecorded), Paths.CommitmentProgressRecorded(k.OgpId)),
            (nameof(Paths.CommitmentIrm), Paths.CommitmentIrm(k.OgpId)),
            (nameof(Paths.MilestoneEdit), Paths.MilestoneEdit(k.PlanMember, k.PlanCycle, k.OgpId)),
            (nameof(Paths.ProgressRecord), Paths.ProgressRecord(k.PlanMember, k.PlanCycle, k.OgpId)),
            (nameof(Paths.IrmAssessment), Paths.IrmAssessment(k.PlanMember, k.PlanCycle, k.OgpId)),
            (nameof(Paths.Forum), Paths.Forum("AR")),
            (nameof(Paths.ForumSection), Paths.ForumSection("AR", "members")),
            (nameof(Paths.ForumRulesEdit), Paths.ForumRulesEdit("AR")),
            (nameof(Paths.ForumMemberEdit), Paths.ForumMemberEdit("AR")),
            (nameof(Paths.ForumMemberEdit), Paths.ForumMemberEdit("AR", k.ForumMember)),
            (nameof(Paths.ForumDecisionEdit), Paths.ForumDecisionEdit("AR")),
            (nameof(Paths.ForumDecisionEdit), Paths.ForumDecisionEdit("AR", k.ForumDecision)),
            (nameof(Paths.Scorecards), Paths.Scorecards()),
            (nameof(Paths.Scorecard), Paths.Scorecard("AR")),
            (nameof(Paths.Scorecard), Paths.Scorecard(k.PlanMember, k.PlanCycle)),
            (nameof(Paths.MemberEvidence), Paths.MemberEvidence(k.PlanMember)),
            (nameof(Paths.MemberEvidenceZip), Paths.MemberEvidenceZip(k.PlanMember)),
            (nameof(Paths.Campaigns), Paths.Campaigns()),
            (nameof(Paths.CampaignCreate), Paths.CampaignCreate()),
            (nameof(Paths.Campaign), Paths.Campaign(k.Slug)),
            (nameof(Paths.CampaignEdit), Paths.CampaignEdit(k.Slug)),
            (nameof(Paths.CampaignDashboard), Paths.CampaignDashboard(k.Slug)),
            (nameof(Paths.CampaignCalendar), Paths.CampaignCalendar(k.Slug)),
            (nameof(Paths.CampaignShareImage), Paths.CampaignShareImage(k.Slug, "fr")),
            (nameof(Paths.CallForPosts), Paths.CallForPosts(k.Slug)),
            (nameof(Paths.Submissions), Paths.Submissions()),
            (nameof(Paths.Submissions), Paths.Submissions("AR", "Forwarded")),
            (nameof(Paths.Submission), Paths.Submission(k.Published)),
            (nameof(Paths.Translated), Paths.Translated(Paths.Submission(k.Published), "en")),
            (nameof(Paths.Translated), Paths.Translated(Paths.BlogPost(k.BlogPublished), "fr")),
            (nameof(Paths.SubmissionAnswer), Paths.SubmissionAnswer(k.Published)),
            (nameof(Paths.Submit), Paths.Submit()),
            (nameof(Paths.Submit), Paths.Submit("AR")),
            (nameof(Paths.SubmissionsMine), Paths.SubmissionsMine()),
            (nameof(Paths.SubmissionsFeed), Paths.SubmissionsFeed()),
            (nameof(Paths.AnswersFeed), Paths.AnswersFeed()),
            (nameof(Paths.SubmissionsExport), Paths.SubmissionsExport("csv")),
            (nameof(Paths.SubmissionsExport), Paths.SubmissionsExport("json")),
            (nameof(Paths.CommentOn), Paths.CommentOn(Paths.Submission(k.CommentedOn), k.Comment)),
            (nameof(Paths.SubmissionComments), Paths.SubmissionComments(k.CommentedOn)),
            (nameof(Paths.CommentsUnder), Paths.CommentsUnder(Paths.Timeline("AR"))),
            (nameof(Paths.CommentPost), Paths.CommentPost(Paths.Submission(k.CommentedOn))),
            (nameof(Paths.SubmissionCommentsFeed), Paths.SubmissionCommentsFeed(k.CommentedOn)),
            (nameof(Paths.MemberCommentsFeed), Paths.MemberCommentsFeed("AR")),
            (nameof(Paths.CommentForm), Paths.CommentForm(Paths.Submission(k.CommentedOn))),
            (nameof(Paths.CommentReply), Paths.CommentReply(k.Comment)),
            (nameof(Paths.CommentEdit), Paths.CommentEdit(k.OwnComment)),
            (nameof(Paths.CommentDelete), Paths.CommentDelete(k.OwnComment)),
            (nameof(Paths.CommentReport), Paths.CommentReport(k.Comment)),
            (nameof(Paths.ModerationComments), Paths.ModerationComments()),
            (nameof(Paths.ModerationComments), Paths.ModerationComments(done: true)),
            (nameof(Paths.ModerationComment), Paths.ModerationComment(k.QueuedComment)),
            (nameof(Paths.ModerationReported), Paths.ModerationReported(k.ReportedSubmission)),
            (nameof(Paths.SubmissionReport), Paths.SubmissionReport(k.Published)),
            (nameof(Paths.SubmissionReport), Paths.SubmissionReport(k.Published, done: true)),
            (nameof(Paths.Answers), Paths.Answers()),
            (nameof(Paths.MyWork), Paths.MyWork()),
            (nameof(Paths.MyMembers), Paths.MyMembers()),
            (nameof(Paths.Answer), Paths.Answer(k.Forwarded)),
            (nameof(Paths.Moderation), Paths.Moderation()),
            (nameof(Paths.ModerationDashboard), Paths.ModerationDashboard()),
            (nameof(Paths.ModerationImport), Paths.ModerationImport()),
            (nameof(Paths.ModerationReview), Paths.ModerationReview(k.Pending)),
            (nameof(Paths.ModerationEdit), Paths.ModerationEdit(k.Pending)),
            (nameof(Paths.Events), Paths.Events()),
            (nameof(Paths.EventCreate), Paths.EventCreate()),
            (nameof(Paths.EventsMine), Paths.EventsMine()),
            (nameof(Paths.EventsFeed), Paths.EventsFeed()),
            (nameof(Paths.Event), Paths.Event(k.Event)),
            (nameof(Paths.EventEdit), Paths.EventEdit(k.Event)),
            (nameof(Paths.EventCalendar), Paths.EventCalendar(k.Event)),
            (nameof(Paths.EventRegistrants), Paths.EventRegistrants(k.Event)),
            (nameof(Paths.EventRegistrantsCsv), Paths.EventRegistrantsCsv(k.Event)),
            (nameof(Paths.EventConfirm), Paths.EventConfirm(k.Event, "an-expired-link")),
            (nameof(Paths.EventCancel), Paths.EventCancel(k.CancellationCode)),
            (nameof(Paths.Blog), Paths.Blog()),
            (nameof(Paths.Blog), Paths.Blog(member: "AR", area: "open-contracting", campaign: k.CampaignId, language: "es")),
            (nameof(Paths.BlogPost), Paths.BlogPost(k.BlogPublished)),
            (nameof(Paths.BlogPostEdit), Paths.BlogPostEdit(k.BlogInReview)),
            (nameof(Paths.BlogPostReview), Paths.BlogPostReview(k.BlogInReview)),
            (nameof(Paths.BlogWrite), Paths.BlogWrite()),
            (nameof(Paths.BlogWrite), Paths.BlogWrite(k.CampaignId)),
            (nameof(Paths.BlogMine), Paths.BlogMine()),
            (nameof(Paths.BlogReviewQueue), Paths.BlogReviewQueue()),
            (nameof(Paths.BlogFeed), Paths.BlogFeed()),
            (nameof(Paths.BlogAuthor), Paths.BlogAuthor(k.BlogAuthor)),
            (nameof(Paths.BlogCover), Paths.BlogCover(k.Cover)),
            (nameof(Paths.Newsletter), Paths.Newsletter()),
            (nameof(Paths.NewsletterEdition), Paths.NewsletterEdition(k.Edition)),
            (nameof(Paths.NewsletterConfirm), Paths.NewsletterConfirm("an-expired-link")),
            (nameof(Paths.NewsletterUnsubscribe), Paths.NewsletterUnsubscribe(k.UnsubscribeCode)),
            (nameof(Paths.NotificationsUnsubscribe), Paths.NotificationsUnsubscribe(k.NotificationsCode)),
            (nameof(Paths.Following), Paths.Following()),
            (nameof(Paths.Notifications), Paths.Notifications()),
            (nameof(Paths.Follow), Paths.Follow()),
            (nameof(Paths.Editions), Paths.Editions()),
            (nameof(Paths.Edition), Paths.Edition(k.Edition)),
            (nameof(Paths.EditionCompose), Paths.EditionCompose()),
            (nameof(Paths.EditionCompose), Paths.EditionCompose(k.Edition)),
            (nameof(Paths.SignIn), Paths.SignIn()),
            (nameof(Paths.SignIn), Paths.SignIn(Paths.Submission(k.Published))),
            (nameof(Paths.SignOut), Paths.SignOut()),
            (nameof(Paths.SignOutEverywhere), Paths.SignOutEverywhere()),
            (nameof(Paths.AccessDenied), Paths.AccessDenied()),
            (nameof(Paths.Register), Paths.Register()),
            (nameof(Paths.Register), Paths.Register(Paths.Submit("AR"))),
            (nameof(Paths.Account), Paths.Account()),
            (nameof(Paths.AcceptInvitation), Paths.AcceptInvitation("an-unknown-invitation")),
            (nameof(Paths.ConfirmEmail), Paths.ConfirmEmail(k.Account, "an-expired-link")),
            (nameof(Paths.ForgotPassword), Paths.ForgotPassword()),
            (nameof(Paths.ResetPassword), Paths.ResetPassword(k.Account, "an-expired-link")),
            (nameof(Paths.ChangePassword), Paths.ChangePassword()),
            (nameof(Paths.TwoFactor), Paths.TwoFactor()),
            (nameof(Paths.MyData), Paths.MyData()),
            (nameof(Paths.MyDataDownload), Paths.MyDataDownload()),
            (nameof(Paths.DeleteAccount), Paths.DeleteAccount()),
            (nameof(Paths.AdminAccounts), Paths.AdminAccounts()),
            (nameof(Paths.AdminAccount), Paths.AdminAccount(k.Account)),
            (nameof(Paths.AdminAudit), Paths.AdminAudit()),
            (nameof(Paths.AdminAudit), Paths.AdminAudit("Account", k.Account.ToString(), long.MaxValue)),
            (nameof(Paths.AdminSecurity), Paths.AdminSecurity()),
        ];

    /// <summary>A demo record for each kind of address; the demo has no registration
    /// nor post in review, so the participant makes one of each.</summary>
    private async Task<Known> KnownAsync()
    {
        var upcoming = await DemoAdditions.SeatAndPostInReviewAsync(Portal);

        await using var db = new NpgsqlConnection(Portal.Database.ConnectionString);
        await db.OpenAsync();
        async Task<T> One<T>(string sql)
        {
            await using var command = new NpgsqlCommand(sql, db);
            return await command.ExecuteScalarAsync() is T value
                ? value
                : throw new InvalidOperationException($"The demo data holds no row for: {sql}");
        }

        // Nor a cover image: one is stored as an upload would store it (a 1x1 PNG).
        await using (
            var cover = new NpgsqlCommand(
                """
                INSERT INTO cover_image_files (name, content, content_type, created_at)
                VALUES ('0123456789abcdef0123456789abcdef.png', @content, 'image/png', now())
                """,
                db
            )
        )
        {
            cover.Parameters.AddWithValue(
                "content",
                Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
            );
            await cover.ExecuteNonQueryAsync();
        }

        var plan =
            "FROM commitments c JOIN national_action_plans p ON p.id = c.national_action_plan_id "
            + "JOIN members m ON m.id = p.member_id ORDER BY c.id LIMIT 1";
        var activity =
            "FROM timeline_activities a JOIN timelines t ON t.id = a.timeline_id "
            + "JOIN members m ON m.id = t.member_id ORDER BY a.id LIMIT 1";
        return new Known(
            Slug: await One<string>("SELECT slug FROM campaigns ORDER BY id LIMIT 1"),
            CampaignId: await One<int>("SELECT id FROM campaigns ORDER BY id LIMIT 1"),
            Published: await One<long>("SELECT id FROM submissions WHERE status = 'Published' ORDER BY id LIMIT 1"),
            Pending: await One<long>("SELECT id FROM submissions WHERE status = 'Pending' ORDER BY id LIMIT 1"),
            Forwarded: await One<long>(
                """
                SELECT s.id FROM submissions s
                JOIN official_assignments a ON a.member_id = s.member_id JOIN users u ON u.id = a.user_id
                WHERE s.status = 'Forwarded' AND u.email = 'official@demo.cocreation.example' ORDER BY s.id LIMIT 1
                """
            ),
            Event: upcoming,
            CancellationCode: await One<Guid>("SELECT cancellation_code FROM registrations ORDER BY id LIMIT 1"),
            BlogAuthor: await One<Guid>("SELECT author_id FROM blog_posts WHERE status = 'Published' ORDER BY id LIMIT 1"),
            BlogPublished: await One<long>("SELECT id FROM blog_posts WHERE status = 'Published' ORDER BY id LIMIT 1"),
            BlogInReview: await One<long>("SELECT id FROM blog_posts WHERE status <> 'Published' ORDER BY id LIMIT 1"),
            Edition: await One<int>("SELECT id FROM editions ORDER BY id LIMIT 1"),
            UnsubscribeCode: await One<string>("SELECT unsubscribe_code FROM subscribers ORDER BY id LIMIT 1"),
            // The demo participant's notification settings (a daily digest), for the unsubscribe page.
            NotificationsCode: await One<string>(
                "SELECT s.unsubscribe_code FROM notification_settings s JOIN users u ON u.id = s.person_id "
                    + "WHERE u.email = 'participant@demo.cocreation.example'"
            ),
            PlanMember: await One<string>("SELECT m.code " + plan),
            PlanCycle: await One<string>("SELECT p.cycle " + plan),
            OgpId: await One<string>("SELECT c.ogp_id " + plan),
            ActivityMember: await One<string>("SELECT m.code " + activity),
            Activity: await One<int>("SELECT a.id " + activity),
            Account: await One<Guid>($"SELECT id FROM users WHERE email = '{DemoAdditions.Participant}'"),
            Comment: await One<long>("SELECT id FROM comments WHERE parent_id IS NULL AND status = 'Published' ORDER BY id LIMIT 1"),
            CommentedOn: await One<long>(
                "SELECT target_id FROM comments WHERE parent_id IS NULL AND status = 'Published' ORDER BY id LIMIT 1"
            ),
            OwnComment: await One<long>(
                $"SELECT c.id FROM comments c JOIN users u ON u.id = c.author_id WHERE u.email = '{DemoAdditions.Participant}' LIMIT 1"
            ),
            QueuedComment: await One<long>("SELECT id FROM comments WHERE status = 'AwaitingReview' ORDER BY id LIMIT 1"),
            ReportedSubmission: await One<long>(
                "SELECT id FROM submissions WHERE status = 'UnderReview' OR open_reports > 0 ORDER BY id LIMIT 1"
            ),
            Cover: "0123456789abcdef0123456789abcdef.png",
            ForumMember: await One<int>(
                "SELECT fm.id FROM forum_members fm JOIN forums f ON f.id = fm.forum_id JOIN members m ON m.id = f.member_id "
                    + "WHERE m.code = 'AR' ORDER BY fm.id LIMIT 1"
            ),
            ForumDecision: await One<int>(
                "SELECT d.id FROM forum_decisions d JOIN forums f ON f.id = d.forum_id JOIN members m ON m.id = f.member_id "
                    + "WHERE m.code = 'AR' ORDER BY d.id LIMIT 1"
            )
        );
    }

    private sealed record Known(
        string Slug,
        int CampaignId,
        long Published,
        long Pending,
        long Forwarded,
        int Event,
        Guid CancellationCode,
        Guid BlogAuthor,
        long BlogPublished,
        long BlogInReview,
        int Edition,
        string UnsubscribeCode,
        string NotificationsCode,
        string PlanMember,
        string PlanCycle,
        string OgpId,
        string ActivityMember,
        int Activity,
        Guid Account,
        string Cover,
        long Comment = 0,
        long CommentedOn = 0,
        long OwnComment = 0,
        long QueuedComment = 0,
        long ReportedSubmission = 0,
        int ForumMember = 0,
        int ForumDecision = 0
    );
}
