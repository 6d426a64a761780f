using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoCreation.Testing;

/// <summary>
/// A machine translation service on a free loopback port that speaks LibreTranslate's contract (POST /translate with
/// {"q","source","target","format","api_key"}, answered 200 {"translatedText"} or an error status with {"error"}):
/// it "translates" by writing the target language in brackets before the text, and can be told to fail or to hang.
/// </summary>
public sealed class TranslationServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<TranslationRequest> _requests = new();

    private TranslationServer(WebApplication app) => _app = app;

    /// <summary>The address to give the portal as Portal:Translation:Url.</summary>
    public string Url { get; private set; } = "";

    /// <summary>How the next requests are answered (reset to <see cref="TranslationMode.Translates"/> by <see cref="Clear"/>).</summary>
    public TranslationMode Mode { get; set; }

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<TranslationRequest> Requests => [.. _requests];

    /// <summary>What the server answers for <paramref name="text"/> translated into <paramref name="target"/>.</summary>
    public static string Translation(string text, string target) => $"[{target}] {text}";

    public static TranslationServer Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new TranslationServer(app);
        app.MapPost("/translate", server.AnswerAsync);
        app.Start();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        return server;
    }

    public void Clear()
    {
        _requests.Clear();
        Mode = TranslationMode.Translates;
    }

    private async Task AnswerAsync(HttpContext http)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var request = new TranslationRequest(
            Text(body, "q"),
            Text(body, "source"),
            Text(body, "target"),
            Text(body, "format"),
            body.RootElement.TryGetProperty("api_key", out var key) ? key.GetString() : null
        );
        _requests.Enqueue(request);
        switch (Mode)
        {
            case TranslationMode.Fails:
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await http.Response.WriteAsJsonAsync(new { error = "The translation engine is down" });
                return;
            case TranslationMode.BadGateway:
                http.Response.StatusCode = StatusCodes.Status502BadGateway;
                http.Response.ContentType = "text/html";
                await http.Response.WriteAsync("<html><body><h1>502 Bad Gateway</h1></body></html>");
                return;
            case TranslationMode.Hangs:
                // Longer than any timeout a test gives the portal; ends when the portal gives up.
                await Task.Delay(TimeSpan.FromMinutes(2), http.RequestAborted);
                break;
        }

        await http.Response.WriteAsJsonAsync(new { translatedText = Translation(request.Q, request.Target) });
    }

    private static string Text(JsonDocument body, string name) =>
        body.RootElement.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public enum TranslationMode
{
    Translates,

    /// <summary>500 with {"error"}.</summary>
    Fails,

    /// <summary>502 with an HTML page, as a proxy in front of a stopped service answers.</summary>
    BadGateway,

    /// <summary>No answer until the caller gives up.</summary>
    Hangs,
}

public sealed record TranslationRequest(string Q, string Source, string Target, string Format, string? ApiKey);
