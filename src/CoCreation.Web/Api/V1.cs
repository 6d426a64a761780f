using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Members;
using CoCreation.Domain.Submissions;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Features.OpenData;
using Microsoft.AspNetCore.Http.HttpResults;
using F = CoCreation.Web.Features;

namespace CoCreation.Web.Api;

/// <summary>
/// The read-only public API, /api/v1: each endpoint binds its filters, sends the query its page sends,
/// and returns the collection's public rows (the open-data shapes). Names are the resource keys
/// (Api.Endpoint.{name}) of the reference page at /api.
/// </summary>
public static class V1
{
    public static WebApplication MapPublicApi(this WebApplication app)
    {
        var api = app.MapGroup(PublicApi.Prefix)
            .RequireCors(PublicApi.CorsPolicy)
            .RequireRateLimiting(RateLimits.OpenData)
            .WithTags("Open data");

        api.MapGet("/members", (Region? region, MemberKind? kind, CycleStatus? status, bool? newOnly, [AsParameters] ApiListRequest list) =>
                list.SendPage(
                    new F.Members.Index.Request(
                        list.Paged(
                            new F.Members.Index.Query
                            {
                                Region = region,
                                Kind = kind,
                                Status = status,
                                NewOnly = newOnly ?? false,
                            }
                        )
                    ),
                    MemberRow.From
                )
            )
            .Describe(
                "MembersList",
                "Members (countries and subnational entities), in code order",
                "/api/v1/members?region=Americas&limit=10"
            );

        api.MapGet(
                "/members/{code}",
                async Task<Results<Ok<MemberRow>, ProblemHttpResult>> (
                    string code,
                    ISender sender,
                    HttpContext http,
                    CancellationToken ct
                ) =>
                    await sender.Send(new F.Members.Details.Query(code), ct) is { } m
                        ? TypedResults.Ok(
                            new MemberRow(
                                m.Code,
                                m.Name,
                                m.Kind,
                                m.Region,
                                m.Status,
                                m.IsNewMember,
                                m.JoinedOn,
                                Paths.Member(m.Code),
                                m.Country?.Code,
                                m.CurrentCycle
                            )
                        )
                        : PublicApi.NotFound(http)
            )
            .Describe("MembersOne", "One member", "/api/v1/members/AR")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/campaigns", ([AsParameters] ApiListRequest list) =>
                list.SendPage(list.Paged(new F.Campaigns.Index.Query()), CampaignRow.From)
            )
            .Describe("CampaignsList", "Campaigns, newest first", "/api/v1/campaigns");

        api.MapGet("/timelines", ([AsParameters] ApiListRequest list) =>
                list.SendPage(list.Paged(new F.Timelines.Index.Query()), TimelineRow.From)
            )
            .Describe("TimelinesList", "Published co-creation timelines with their two-weeks check", "/api/v1/timelines");

        api.MapGet(
                "/activities",
                (string? member, ActivityKind? kind, string? language, DateOnly? from, DateOnly? to, [AsParameters] ApiListRequest list) =>
                    list.SendPage(
                        list.Paged(
                            new F.Timelines.Activities.Query
                            {
                                Member = member,
                                Kind = kind,
                                Language = language,
                                From = from,
                                To = to,
                            }
                        ),
                        ActivityRow.From
                    )
            )
            .Describe(
                "ActivitiesList",
                "Activities of the published timelines, in start order",
                "/api/v1/activities?member=AR&from=2017-03-01&to=2017-06-30"
            );

        api.MapGet("/plans", (string? member, PlanStatus? status, [AsParameters] ApiListRequest list) =>
                list.SendPage(list.Paged(new F.ActionPlans.Index.Query { Member = member, Status = status }), PlanRow.From)
            )
            .Describe("PlansList", "Published National Action Plans", "/api/v1/plans?status=Implementing");

        api.MapGet(
                "/commitments",
                (string? member, string? cycle, string? policyArea, CompletionLevel? completion, [AsParameters] ApiListRequest list) =>
                    list.SendPage(
                        list.Paged(
                            new F.Commitments.Index.Query
                            {
                                Member = member,
                                Cycle = cycle,
                                PolicyArea = policyArea,
                                Completion = completion,
                            }
                        ),
                        row => row
                    )
            )
            .Describe("CommitmentsList", "Commitments of the published plans, in OGP id order", "/api/v1/commitments?member=CO");

        api.MapGet(
                "/commitments/{ogpId}",
                async Task<Results<Ok<CommitmentRow>, ProblemHttpResult>> (
                    string ogpId,
                    ISender sender,
                    HttpContext http,
                    CancellationToken ct
                ) =>
                    Keyset.IsValidTextKey(ogpId)
                    && (await sender.Send(new F.Commitments.Index.Query { Commitment = ogpId, Limit = 1 }, ct)).Items is [var found]
                        ? TypedResults.Ok(found)
                        : PublicApi.NotFound(http)
            )
            .Describe("CommitmentsOne", "One commitment", "/api/v1/commitments/AR0090")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/milestones", (string? member, string? commitment, [AsParameters] ApiListRequest list) =>
                list.SendPage(list.Paged(new F.Commitments.Milestones.Query { Member = member, Commitment = commitment }), row => row)
            )
            .Describe("MilestonesList", "Milestones of the commitments of the published plans", "/api/v1/milestones?member=AR");

        api.MapGet("/progress-updates", (string? member, string? commitment, [AsParameters] ApiListRequest list) =>
                list.SendPage(list.Paged(new F.Commitments.ProgressUpdates.Query { Member = member, Commitment = commitment }), row => row)
            )
            .Describe(
                "ProgressUpdatesList",
                "Dated progress updates on the commitments, with evidence",
                "/api/v1/progress-updates?member=CO"
            );

        api.MapGet("/forum-members", (string? member, Domain.Forums.ForumSector? sector, [AsParameters] ApiListRequest list) =>
                list.SendPage(list.Paged(new F.Forums.ForumMembers.Query { Member = member, Sector = sector }), ForumMemberRow.From)
            )
            .Describe("ForumMembersList", "People on the members' multi-stakeholder forums", "/api/v1/forum-members?member=AR");

        api.MapGet("/forum-decisions", (string? member, [AsParameters] ApiListRequest list) =>
                list.SendPage(list.Paged(new F.Forums.Decisions.Query { Member = member }), ForumDecisionRow.From)
            )
            .Describe("ForumDecisionsList", "The forums' decision logs", "/api/v1/forum-decisions?member=CO");

        api.MapGet(
                "/submissions",
                (
                    string? member,
                    SubmissionKind? kind,
                    string? policyArea,
                    SubmissionStatus? status,
                    string? language,
                    string? campaign,
                    string? cycle,
                    string? q,
                    [AsParameters] ApiListRequest list
                ) =>
                    list.SendPage(
                        list.Paged(
                            new F.Submissions.Index.Query
                            {
                                Member = member,
                                Kind = kind,
                                PolicyArea = policyArea,
                                Status = status,
                                Language = language,
                                Campaign = campaign,
                                Cycle = cycle,
                                Q = q,
                            }
                        ),
                        SubmissionListRow.From
                    )
            )
            .Describe(
                "SubmissionsList",
                "Published submissions with their answers, newest first",
                "/api/v1/submissions?kind=CommitmentProposal&language=fr&limit=5"
            );

        api.MapGet(
                "/submissions/{id:long}",
                async Task<Results<Ok<SubmissionRow>, ProblemHttpResult>> (
                    long id,
                    ISender sender,
                    HttpContext http,
                    CancellationToken ct
                ) =>
                    await sender.CreateStream(new F.Submissions.Export.Query { Id = id }, ct).FirstOrDefaultAsync(ct) is { } s
                        ? TypedResults.Ok(s)
                        : PublicApi.NotFound(http)
            )
            .Describe("SubmissionsOne", "One published submission, whole, with its answer", "/api/v1/submissions/1")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/events", (Region? region, string? language, bool? past, string? campaign, [AsParameters] ApiListRequest list) =>
                list.SendPage(
                    list.Paged(
                        new F.Events.Index.Query
                        {
                            Region = region,
                            Language = language,
                            Past = past ?? false,
                            Campaign = campaign,
                        }
                    ),
                    EventRow.From
                )
            )
            .Describe(
                "EventsList",
                "Events: upcoming, soonest first, or past (past=true), latest first",
                "/api/v1/events?past=true&region=Americas"
            );

        api.MapGet("/blog-posts", (string? language, string? member, string? area, int? campaign, [AsParameters] ApiListRequest list) =>
                list.SendPage(
                    list.Paged(
                        new F.Blog.Index.Query
                        {
                            Language = language,
                            Member = member,
                            Area = area,
                            Campaign = campaign,
                        }
                    ),
                    BlogPostRow.From
                )
            )
            .Describe("BlogPostsList", "Published blog posts, newest first", "/api/v1/blog-posts?language=es");

        api.MapGet("/scorecards", (Region? region, [AsParameters] ApiListRequest list) =>
                list.SendPage(list.Paged(new F.Scorecards.Index.Query { Region = region }), ScorecardRow.From)
            )
            .Describe(
                "ScorecardsList",
                "Each member's Participation and Co-Creation Standards scorecard for its current cycle, in code order",
                "/api/v1/scorecards?region=Americas"
            );

        api.MapGet("/comments", (string? member, long? submission, string? language, [AsParameters] ApiListRequest list) => list.SendPage(
                    list.Paged(
                        new F.Comments.Index.Query
                        {
                            Member = member,
                            Submission = submission,
                            Language = language,
                        }
                    ),
                    CommentRow.From
                ))
            .Describe("CommentsList", "Published comments and replies, in the order they were published", "/api/v1/comments?member=AR");

        app.MapOpenApi(PublicApi.OpenApiPath).RequireCors(PublicApi.CorsPolicy).RequireRateLimiting(RateLimits.OpenData);
        return app;
    }

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string name, string summary, string example) =>
        endpoint.WithName(name).WithSummary(summary).WithMetadata(new ApiExample(example)).ProducesProblem(StatusCodes.Status400BadRequest);
}
