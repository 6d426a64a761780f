using System.Text;
using AngleSharp.Html.Parser;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>Overload sheds load instead of queueing: the request that finds every place taken gets a fast 503.</summary>
public sealed class LoadSheddingTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task With_every_place_taken_a_page_gets_503_with_retry_after_while_static_files_health_and_admitted_requests_are_served()
    {
        await using var instance = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                ["Portal:Overload:ConcurrencyLimit"] = "1",
                ["Portal:Overload:QueueLimit"] = "0",
                ["Portal:Overload:RetryAfter"] = "00:00:03",
                // Plain HTTP on a real loopback server: with the in-memory one, the slow request below never held its place.
                ["Portal:SecureCookies"] = "false",
            }
        );
        var address = instance.StartOnLoopback();
        using var visitor = new HttpClient { BaseAddress = address };
        using var signIn = await SlowSignIn.OpenAsync(address);

        // A sign-in whose body arrives slowly holds the only place while the portal waits for the rest of it. Should a
        // page asked for below hold the place at the moment it arrives, the sign-in is refused instead: send it again.
        HttpResponseMessage? refused = null;
        await Eventually.UntilAsync(
            async () =>
            {
                await signIn.HoldAsync();
                refused?.Dispose();
                refused = await visitor.GetAsync("/submissions");
                return refused.StatusCode == HttpStatusCode.ServiceUnavailable && signIn.Holding;
            },
            TimeSpan.FromSeconds(10),
            "a page is refused while a slow sign-in holds the only place"
        );
        Assert.Equal("3", refused!.Headers.GetValues("Retry-After").Single());
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1>The portal is very busy</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Nothing you sent was received", page, StringComparison.Ordinal);
        refused.Dispose();

        // What costs nothing and what a load balancer asks is still served.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/css/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/health/live")).StatusCode);

        // The admitted request finishes normally (the form shown again: wrong password), and frees its place.
        using var admitted = await signIn.FinishAsync();
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        Assert.Contains("Sign in", await admitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/submissions")).StatusCode);
    }

    [Fact]
    public async Task A_request_that_would_wait_in_line_longer_than_the_queue_timeout_gets_503_instead()
    {
        await using var instance = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                ["Portal:Overload:ConcurrencyLimit"] = "1",
                // Room in the line, but not the patience: the page below would wait as long as the slow sign-in lasts.
                ["Portal:Overload:QueueLimit"] = "10",
                ["Portal:Overload:QueueTimeout"] = "00:00:00.300",
                ["Portal:SecureCookies"] = "false",
            }
        );
        var address = instance.StartOnLoopback();
        using var visitor = new HttpClient { BaseAddress = address };
        using var signIn = await SlowSignIn.OpenAsync(address);

        // The page waits behind the slow sign-in (the line has room) until its patience runs out. Should the page take
        // the place first, the sign-in waits for it and is then admitted: ask again.
        await Eventually.UntilAsync(
            async () =>
            {
                await signIn.HoldAsync();
                using var page = await visitor.GetAsync("/submissions");
                return page.StatusCode == HttpStatusCode.ServiceUnavailable && signIn.Holding;
            },
            TimeSpan.FromSeconds(10),
            "a page that would wait longer than the queue timeout is refused"
        );

        using var admitted = await signIn.FinishAsync();
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/submissions")).StatusCode);
    }

    /// <summary>Someone signing in whose form body arrives slowly: the portal holds a place for the request while it
    /// waits for the rest of the body, which comes only when the test calls <see cref="FinishAsync"/>.</summary>
    private sealed class SlowSignIn(HttpClient someone, string token) : IDisposable
    {
        private readonly TaskCompletionSource _rest = new();
        private readonly List<SlowFormContent> _bodies = [];
        private Task<HttpResponseMessage>? _held;

        /// <summary>Whether the last sign-in sent is still waiting for its body (it holds its place).</summary>
        public bool Holding => _held is { IsCompleted: false };

        public static async Task<SlowSignIn> OpenAsync(Uri address)
        {
            var someone = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
            var form = new HtmlParser().ParseDocument(await someone.GetStringAsync("/account/sign-in"));
            return new SlowSignIn(someone, form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
        }

        /// <summary>Sends the first part of a sign-in, unless one sent before still holds its place.</summary>
        public async Task HoldAsync()
        {
            if (Holding)
            {
                return;
            }

            var body = new SlowFormContent(
                $"__RequestVerificationToken={Uri.EscapeDataString(token)}&Data.Email=x%40example.org",
                "&Data.Password=wrong+password+here",
                _rest.Task
            ).WithFormType();
            _bodies.Add(body);
            _held = someone.PostAsync("/account/sign-in", body);
            await body.FirstPartSent;
            await Task.Delay(100);
        }

        /// <summary>Sends the rest of the body and returns the portal's answer to the sign-in.</summary>
        public async Task<HttpResponseMessage> FinishAsync()
        {
            _rest.SetResult();
            return await _held!;
        }

        public void Dispose()
        {
            _bodies.ForEach(b => b.Dispose());
            someone.Dispose();
        }
    }

    /// <summary>A form body sent in two parts, the second only when the test says so.</summary>
    private sealed class SlowFormContent(string first, string second, Task release) : HttpContent
    {
        private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstPartSent => _sent.Task;

        public SlowFormContent WithFormType()
        {
            Headers.ContentType = new("application/x-www-form-urlencoded");
            return this;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(first));
            await stream.FlushAsync();
            _sent.TrySetResult();
            await release;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(second));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = Encoding.UTF8.GetByteCount(first) + Encoding.UTF8.GetByteCount(second);
            return true;
        }
    }
}
