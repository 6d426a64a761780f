using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Infrastructure.Translation;

/// <summary>
/// The machine translation service the operator configured (<see cref="TranslationOptions"/>), spoken to in
/// LibreTranslate's contract: POST {Url}/translate with {"q","source","target","format":"text","api_key"}, answered
/// 200 {"translatedText"} or 4xx/5xx {"error"}. A service that is down, refuses or is slower than the timeout is a
/// failure with a reason, never an exception: a page waiting on it must still answer.
/// </summary>
public sealed class MachineTranslator(HttpClient http, IOptions<PortalOptions> portal)
{
    /// <summary>A translation is short text; a service answering megabytes is not one to wait for.</summary>
    public const long MaxAnswerBytes = 2_000_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private TranslationOptions Options => portal.Value.Translation;

    public bool IsEnabled => Options.IsEnabled;

    /// <summary>
    /// Translates each of <paramref name="texts"/> from <paramref name="source"/> into <paramref name="target"/> (primary
    /// language subtags, "pt" not "pt-BR"), all at once and all within the timeout: either every text or a failure.
    /// </summary>
    public async Task<TranslationAnswer> TranslateAsync(
        IReadOnlyList<string> texts,
        string source,
        string target,
        CancellationToken cancellationToken
    )
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Options.Timeout);
        try
        {
            var endpoint = Options.Endpoint();
            var answers = await Task.WhenAll(texts.Select(text => OneAsync(endpoint, text, source, target, deadline.Token)));
            var failure = answers.FirstOrDefault(a => a.Failure is not null).Failure;
            return failure is null ? TranslationAnswer.Of(answers.Select(a => a.Text!).ToList()) : TranslationAnswer.Failed(failure);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TranslationAnswer.Failed($"no answer within {Options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return TranslationAnswer.Failed("unreachable: " + ex.Message);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return TranslationAnswer.Failed("unreadable answer: " + ex.GetType().Name);
        }
    }

    private async Task<(string? Text, string? Failure)> OneAsync(
        Uri endpoint,
        string text,
        string source,
        string target,
        CancellationToken cancellationToken
    )
    {
        var request = new Request(text, source, target, "text", string.IsNullOrWhiteSpace(Options.ApiKey) ? null : Options.ApiKey);
        using var response = await http.PostAsJsonAsync(endpoint, request, Json, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The service's own words help the operator (a wrong key, an unsupported language); they are short and
            // hold no text of ours. A proxy in front of a stopped service answers with a page of its own instead.
            var error = await ErrorOfAsync(response, cancellationToken);
            var said = error is null ? "" : ": " + error[..Math.Min(error.Length, 200)];
            return (null, $"HTTP {(int)response.StatusCode}{said}");
        }

        var answer = await response.Content.ReadFromJsonAsync<Answer>(Json, cancellationToken);
        return answer?.TranslatedText is { } translated ? (translated, null) : (null, "an answer without translatedText");
    }

    private static async Task<string?> ErrorOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return (await response.Content.ReadFromJsonAsync<Answer>(Json, cancellationToken))?.Error;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private sealed record Request(
        [property: JsonPropertyName("q")] string Q,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("target")] string Target,
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("api_key")] string? ApiKey
    );

    private sealed record Answer(
        [property: JsonPropertyName("translatedText")] string? TranslatedText,
        [property: JsonPropertyName("error")] string? Error
    );
}

/// <summary>Every text translated (in the order asked), or why not.</summary>
public sealed record TranslationAnswer(IReadOnlyList<string> Texts, string? Failure)
{
    public bool Succeeded => Failure is null;

    public static TranslationAnswer Of(IReadOnlyList<string> texts) => new(texts, null);

    public static TranslationAnswer Failed(string why) => new([], why);
}
