namespace CoCreation.Web.Infrastructure.Translation;

/// <summary>
/// "Portal:Translation": a LibreTranslate-compatible machine translation service (POST {Url}/translate). Without
/// <see cref="Url"/> nothing is translated and no page offers a translation.
/// </summary>
public sealed class TranslationOptions
{
    /// <summary>The service's base address, e.g. https://translate.example.org (a self-hosted LibreTranslate). Empty: off.</summary>
    public string? Url { get; set; }

    /// <summary>Sent as api_key when the service asks for one (libretranslate.com does, a self-hosted one may not).</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long a page waits for the service before it shows the original with an apology.</summary>
    public double TimeoutSeconds { get; set; } = 4;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Url);

    public TimeSpan Timeout => TimeSpan.FromSeconds(Math.Clamp(TimeoutSeconds, 0.1, 60));

    /// <summary>The translate endpoint, or an explanation for the operator when <see cref="Url"/> is not an http(s) address.</summary>
    public Uri Endpoint() =>
        Uri.TryCreate(Url?.Trim().TrimEnd('/') + "/translate", UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"
            ? endpoint
            : throw new InvalidOperationException(
                "Portal:Translation:Url must be the http(s) address of a LibreTranslate-compatible service, "
                    + "e.g. https://translate.example.org."
            );
}
