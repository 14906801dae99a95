using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class FaultTests : SandboxTestBase
{
    private const string WalletPath = "/api/v2/wallet";
    private static readonly object AnnBody = new { phone = DemoShoppers.AnnPhone };

    [Test]
    public async Task StatusFault_AppliesTimesThenStops()
    {
        await AddFaultAsync(new { path = WalletPath, status = 503, times = 2 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await PostAsync("api/v2/wallet", AnnBody);
            statuses.Add(response.StatusCode);
            if (i == 0)
            {
                await AssertErrorAsync(response, HttpStatusCode.ServiceUnavailable);
            }
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK }));
        var calls = JsonNode.Parse(await Client.GetStringAsync("_sandbox/calls"))!;
        Assert.That((int)calls["POST /api/v2/wallet"]!, Is.EqualTo(3), "faulted calls are counted too");
    }

    [Test]
    public async Task TooManyRequests_SetsRetryAfter()
    {
        await AddFaultAsync(new { path = "/api/v2/verify", status = 429 });

        using var response = await PostAsync("api/v2/verify/contact/wallet", AnnBody);

        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        await AssertErrorAsync(response, HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task DelayOnly_PassesThroughAfterTheDelay()
    {
        await AddFaultAsync(new { path = WalletPath, delayMs = 400 });

        var slow = Stopwatch.StartNew();
        using var delayed = await PostAsync("api/v2/wallet", AnnBody);
        slow.Stop();
        var fast = Stopwatch.StartNew();
        using var normal = await PostAsync("api/v2/wallet", AnnBody);
        fast.Stop();

        await AssertOkAsync(delayed);
        await AssertOkAsync(normal);
        Assert.That(slow.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(380)));
        Assert.That(fast.Elapsed, Is.LessThan(TimeSpan.FromMilliseconds(380)));
    }

    [Test]
    public async Task DelayedStatus_WaitsThenAnswers()
    {
        await AddFaultAsync(new { path = WalletPath, status = 500, delayMs = 200 });

        var watch = Stopwatch.StartNew();
        using var response = await PostAsync("api/v2/wallet", AnnBody);

        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(180)));
        await AssertErrorAsync(response, HttpStatusCode.InternalServerError);
    }

    [Test]
    public async Task Drop_AbortsTheConnection_ThenStops()
    {
        await AddFaultAsync(new { path = "/api/v1.1/stores", drop = true });

        using (await SendAsync(HttpMethod.Get, "api/v2/loyalty/lookup/" + DemoShoppers.AnnPhone))
        {
            // Warm the pooled connection: the drop must also surface on a reused connection.
        }

        Assert.CatchAsync<HttpRequestException>(() => SendAsync(HttpMethod.Get, $"api/v1.1/stores/{SandboxHost.DemoUid}"));
        using var after = await SendAsync(HttpMethod.Get, $"api/v1.1/stores/{SandboxHost.DemoUid}");
        await AssertOkAsync(after);
        var calls = JsonNode.Parse(await Client.GetStringAsync("_sandbox/calls"))!;
        Assert.That((int)calls["GET /api/v1.1/stores/{uid}"]!, Is.EqualTo(2), "one dropped call, not resent, then one answered");
    }

    [Test]
    public async Task Delay_IsCutShortWhenTheClientGivesUp()
    {
        await AddFaultAsync(new { path = WalletPath, status = 503, delayMs = 10_000 });
        using var impatient = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromMilliseconds(200) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/wallet") { Content = Raw("{\"phone\":\"3035550101\"}") };
        request.Headers.Add("X-APIKEY", SandboxHost.DemoApiKey);

        Assert.CatchAsync<TaskCanceledException>(() => impatient.SendAsync(request));

        Assert.That(Host.State.GetFaults(), Is.Empty, "the fault was used by the abandoned request");
        using var next = await PostAsync("api/v2/wallet", AnnBody);
        await AssertOkAsync(next);
    }

    [Test]
    public async Task MethodFilter_OnlyMatchesThatMethod()
    {
        await AddFaultAsync(new { path = "/api/v2/loyalty", status = 502, method = "GET" });

        using var post = await PostAsync("api/v2/loyalty", new { mobilePhone = DemoShoppers.NonMemberPhone });
        using var get = await SendAsync(HttpMethod.Get, $"api/v2/loyalty/lookup/{DemoShoppers.AnnPhone}");

        await AssertOkAsync(post);
        await AssertErrorAsync(get, HttpStatusCode.BadGateway);
    }

    [Test]
    public async Task Faults_QueueInOrder_CanBeListedAndCleared()
    {
        await AddFaultAsync(new { path = WalletPath, status = 503, times = 1 });
        await AddFaultAsync(new { path = WalletPath, status = 429, times = 3 });

        using var first = await PostAsync("api/v2/wallet", AnnBody);
        using var second = await PostAsync("api/v2/wallet", AnnBody);
        var listed = JsonNode.Parse(await Client.GetStringAsync("_sandbox/faults"))!.AsArray();
        using var cleared = await Client.DeleteAsync("_sandbox/faults");
        using var third = await PostAsync("api/v2/wallet", AnnBody);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(listed, Has.Count.EqualTo(1));
            Assert.That((int)listed[0]!["times"]!, Is.EqualTo(2), "remaining uses");
            Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task ControlRoutes_AreNeverFaulted()
    {
        await AddFaultAsync(new { path = "/", status = 503, times = 5 });

        using var reset = await Client.PostAsync("_sandbox/reset", null);

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("{\"status\": 503}")]
    [TestCase("{\"path\": \"api/v2\", \"status\": 503}")]
    [TestCase("{\"path\": \"/api\", \"status\": 200}")]
    [TestCase("{\"path\": \"/api\"}")]
    [TestCase("{\"path\": \"/api\", \"status\": 503, \"times\": 0}")]
    public async Task InvalidFault_Is400(string body)
    {
        using var response = await Client.PostAsync("_sandbox/faults", Raw(body));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.That(Host.State.GetFaults(), Is.Empty);
    }
}
