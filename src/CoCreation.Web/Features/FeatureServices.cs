using CoCreation.Web.Infrastructure;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Features;

/// <summary>
/// The services that belong to features (their workers, renderers, per-request helpers), registered here
/// so that Infrastructure names no feature.
/// </summary>
public static class FeatureServices
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Events.Reminders.WorkerOptions>(configuration.GetSection("Portal:Reminders"));
        services.AddSingleton<Events.Reminders.Worker>();
        services.AddHostedService(provider => provider.GetRequiredService<Events.Reminders.Worker>());
        services.Configure<Blog.UploadOptions>(configuration.GetSection(PortalOptions.Section));
        services.AddScoped<Blog.CoverImages>();
        services.AddScoped<Newsletter.EditionRenderer>();
        services.Configure<Newsletter.Dispatch.Options>(configuration.GetSection("Portal:Newsletter"));
        services.AddSingleton<Newsletter.Dispatch.Worker>();
        services.AddHostedService(provider => provider.GetRequiredService<Newsletter.Dispatch.Worker>());
        services.Configure<Submissions.ResponseReminders.Options>(configuration.GetSection("Portal:Notifications"));
        services.AddSingleton<Submissions.ResponseReminders.Worker>();
        services.AddHostedService(provider => provider.GetRequiredService<Submissions.ResponseReminders.Worker>());
        services.AddSingleton<Submissions.SearchShape>();
        services.AddScoped<Submissions.HeldForwarding>();
        services.AddScoped<Submissions.ForwardedDigest>();
        services.AddScoped<IBeforeCommit>(provider => provider.GetRequiredService<Submissions.ForwardedDigest>());
        services.Configure<Notifications.NotificationOptions>(configuration.GetSection(Notifications.NotificationOptions.Section));
        services.AddScoped<Notifications.Happenings>();
        services.AddScoped<Comments.OwnComments>();
        services.AddSingleton<Notifications.Worker>();
        services.AddHostedService(provider => provider.GetRequiredService<Notifications.Worker>());
        return services;
    }
}
