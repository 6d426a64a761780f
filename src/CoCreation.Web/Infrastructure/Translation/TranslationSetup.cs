namespace CoCreation.Web.Infrastructure.Translation;

public static class TranslationSetup
{
    public static IServiceCollection AddPortalTranslation(this IServiceCollection services, PortalOptions portal)
    {
        if (portal.Translation.IsEnabled)
        {
            // Refuse to start on an address that could never work, rather than apologise on every page.
            _ = portal.Translation.Endpoint();
        }

        services
            .AddHttpClient<MachineTranslator>(http =>
            {
                // The translator's own deadline answers first; this only backs it up.
                http.Timeout = portal.Translation.Timeout + TimeSpan.FromSeconds(1);
                http.MaxResponseContentBufferSize = MachineTranslator.MaxAnswerBytes;
            })
            // No retry: the reader is waiting, and the original is shown when the service fails.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectTimeout = portal.Translation.Timeout });
        return services;
    }
}
