using CoCreation.Domain.Notifications;

namespace CoCreation.Web.Pages.Shared;

/// <summary>What the follow button needs: the thing, its name (for the button's accessible name) and the page to come back to.</summary>
public sealed record FollowButton(FollowedKind Kind, string Key, string Name);
