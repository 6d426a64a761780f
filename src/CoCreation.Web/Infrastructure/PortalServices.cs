using CoCreation.Domain.Members;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;
using CoCreation.Web.Infrastructure.Mediator;
using CoCreation.Web.Infrastructure.Telemetry;
using CoCreation.Web.Infrastructure.Translation;
using Serilog;
using Serilog.Formatting.Compact;

namespace CoCreation.Web.Infrastructure;

/// <summary>
/// The portal's cross-cutting services; the features' own come from <c>Features.FeatureServices</c>, both composed by
/// <c>PortalComposition.AddPortal</c>.
/// </summary>
public static class PortalServices
{
    public static WebApplicationBuilder AddPortalInfrastructure(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        var portal = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        if (builder.Environment.IsProduction() && !portal.SecureCookies)
        {
            throw new InvalidOperationException(
                "Portal:SecureCookies=false is for plain-HTTP loopback serving only; Production needs HTTPS and secure cookies."
            );
        }

        services.AddSerilog(
            (provider, logger) =>
            {
                logger
                    .ReadFrom.Configuration(configuration)
                    .ReadFrom.Services(provider)
                    .Enrich.FromLogContext()
                    .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                    .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning);
                if (builder.Environment.IsProduction())
                {
                    // Off the request thread: a blocked or slow stdout must not hold pages back.
                    logger.WriteTo.Sink(new BufferedConsoleSink(new RenderedCompactJsonFormatter()));
                }
                else
                {
                    logger.WriteTo.Console(
                        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}"
                    );
                }
            }
        );

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        // The security headers policy removes a "Server" header set by the app; Kestrel's own is switched off here.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

        var connectionString = configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "No database configured: set ConnectionStrings__Portal (./run.sh starts a local PostgreSQL and sets it for you)."
            );
        }

        // A pooled connection is not reset on its way back to the pool: the portal keeps no session state on one (no SET,
        // temporary table outliving its transaction, advisory lock or LISTEN: the listener has its own, unpooled), and
        // the reset Npgsql prepends to the next command (SET SESSION AUTHORIZATION DEFAULT; RESET ALL; ... DISCARD TEMP)
        // cost PostgreSQL 0.12-0.15 ms before each of a page's statements. An operator who sets it keeps their choice.
        // (Npgsql's own builder answers ContainsKey for every keyword it knows; the plain one says what was given.)
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            connectionString = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
        }

        services.AddSingleton<DbCommandCounter>();
        services.AddDbContextPool<PortalDbContext>(
            (provider, options) =>
                options
                    .AddInterceptors(provider.GetRequiredService<DbCommandCounter>())
                    .UseNpgsql(connectionString, npgsql =>
                        npgsql
                            .EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null)
                            .MigrationsHistoryTable("__EFMigrationsHistory")
                    )
                    .UseSnakeCaseNamingConvention()
        );

        services.AddMediator(
            (MediatorOptions options) =>
            {
                options.ServiceLifetime = ServiceLifetime.Scoped;
                options.Assemblies = [typeof(Program), typeof(Member)];
                options.PipelineBehaviors =
                [
                    typeof(LoggingBehavior<,>),
                    typeof(AuthorizationBehavior<,>),
                    typeof(ValidationBehavior<,>),
                    typeof(HoneypotBehavior<,>),
                    typeof(TransactionBehavior<,>),
                ];
                options.StreamPipelineBehaviors = [typeof(AuthorizationStreamBehavior<,>)];
            }
        );
        // Singletons: a validator builds its rules in its constructor, too costly for every request.
        // A per-language text's validator is built by the rule that uses it (with its length), never resolved.
        services.AddValidatorsFromAssemblyContaining<Program>(
            ServiceLifetime.Singleton,
            scan => scan.ValidatorType != typeof(Localization.LocalizedInputValidator),
            includeInternalTypes: true
        );

        services.AddScoped<CurrentActor>();
        services.AddScoped<PasswordConfirmation>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<AuthorEmails>();
        services.AddScoped<MailTransport>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxSender>());
        services.AddSingleton<OutboxRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxRetention>());
        services.AddScoped<PortalLinks>();
        services.AddMemoryCache();
        services.AddPublicPageCache();
        services.AddSingleton(new SharedRateCounter(connectionString));
        services.AddHostedService(provider => new PublicDataListener(
            connectionString,
            provider.GetRequiredService<PublicData>(),
            provider.GetRequiredService<ILogger<PublicDataListener>>()
        ));
        services.AddPortalCompression();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<Data.Seed.DemoData>();

        services.AddPortalDataProtection(portal, builder.Environment);

        services.AddPortalIdentity(portal);
        services.AddPortalLocalization(portal);
        services.AddPortalRateLimits(portal);
        services.AddPortalTranslation(portal);
        services.AddLoadShedding(portal);
        services.AddPortalTelemetry(portal);
        services.AddPublicApi();
        services.AddPortalPages(portal, builder.Environment.IsDevelopment());

        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database", tags: ["ready"]);
        return builder;
    }
}
