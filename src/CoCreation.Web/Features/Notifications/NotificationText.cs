using System.Globalization;
using CoCreation.Domain.Notifications;

namespace CoCreation.Web.Features.Notifications;

/// <summary>The words of one notification, the same in the list and in the emails, in the current interface language.</summary>
public static class NotificationText
{
    public static string Describe(IStringLocalizer text, HappeningKind kind, LocalizedText? detail) =>
        text[$"Notifications.Kind.{kind}", detail?.In(CultureInfo.CurrentUICulture) ?? ""];
}
