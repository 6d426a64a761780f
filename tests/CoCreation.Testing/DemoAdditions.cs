using CoCreation.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Testing;

/// <summary>
/// What the demo data lacks for tests that open every page: it holds no seat, no blog post waiting for
/// review and no comment recent enough to edit, so the demo participant takes a seat at the first upcoming
/// event, sends a post for review and comments on the first discussed submission.
/// </summary>
public static class DemoAdditions
{
    public const string Participant = "participant@demo.cocreation.example";

    public const string PostInReviewTitle = "What we learned in Córdoba";

    /// <returns>The event the participant now has a seat at.</returns>
    public static async Task<int> SeatAndPostInReviewAsync(PortalFixture portal)
    {
        var (participantId, upcoming) = await portal.WithDbAsync(async db =>
            (
                await db.Users.Where(u => u.Email == Participant).Select(u => u.Id).SingleAsync(),
                await db
                    .Events.Where(e => e.Schedule.StartsAt > DateTimeOffset.UtcNow && e.CancelledAt == null)
                    .OrderBy(e => e.Id)
                    .Select(e => e.Id)
                    .FirstAsync()
            )
        );
        var participant = CurrentActor.For(participantId, Participant, Roles.Participant);
        await portal.SendAsync(new Web.Features.Events.Register.Command(upcoming), participant);
        await portal.SendAsync(
            new Web.Features.Blog.Write.Command
            {
                Title = PostInReviewTitle,
                Summary = "Notes from the workshop.",
                Body = "We listened to **everyone**.",
                Language = "en",
                PolicyAreas = ["open-contracting"],
                SubmitForReview = true,
            },
            participant
        );
        var discussed = await portal.WithDbAsync(db =>
            db.Comments.Where(c => c.TargetKind == Domain.Comments.CommentTargetKind.Submission)
                .OrderBy(c => c.Id)
                .Select(c => c.TargetId)
                .FirstAsync()
        );
        await portal.SendAsync(
            new Web.Features.Comments.Post.Command
            {
                TargetKind = Domain.Comments.CommentTargetKind.Submission,
                TargetId = discussed,
                Text = "Where will the minutes of the workshop be published?",
                Language = "en",
                IdempotencyKey = Guid.NewGuid(),
            },
            participant
        );
        return upcoming;
    }
}
