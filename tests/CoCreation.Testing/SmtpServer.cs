using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace CoCreation.Testing;

/// <summary>A real SMTP server (netDumbster) on a free loopback port; tests read what the portal sent.</summary>
public sealed class SmtpServer : IDisposable
{
    private readonly SimpleSmtpServer _server;

    public SmtpServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _server = SimpleSmtpServer.Start(Port);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received
    {
        get
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();
                }
                catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentException or InvalidOperationException && attempt < 50)
                {
                    // netDumbster copies its list without a lock: several senders at once (two portal
                    // instances) can be adding a message while it is read. Read again.
                    Thread.Sleep(10);
                }
            }
        }
    }

    /// <summary>The messages as they came over the wire (headers included), for checks MimeKit's parsing would hide.</summary>
    public IReadOnlyList<string> RawReceived => _server.ReceivedEmail.Select(m => m.Data).ToList();

    public void Clear() => _server.ClearReceivedEmail();

    /// <summary>Waits until a message to <paramref name="to"/> matching
    /// <paramref name="predicate"/> arrives (the outbox sends in the background).</summary>
    public async Task<MimeMessage> WaitForAsync(string to, Func<MimeMessage, bool>? predicate = null, TimeSpan? timeout = null)
    {
        return await Eventually.ValueAsync(
            () =>
                Task.FromResult(
                    Received.LastOrDefault(m =>
                        m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase))
                        && (predicate?.Invoke(m) ?? true)
                    )
                ),
            timeout ?? TimeSpan.FromSeconds(15),
            () => $"an email to {to}. Received: {string.Join(", ", Received.Select(m => m.To + ": " + m.Subject))}"
        );
    }

    public void Dispose() => _server.Dispose();
}
