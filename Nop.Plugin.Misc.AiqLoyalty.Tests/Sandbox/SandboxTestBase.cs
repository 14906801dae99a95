using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

/// <summary>One sandbox per fixture, reset before every test, driven over real HTTP.</summary>
public abstract class SandboxTestBase
{
    protected SandboxHost Host { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartSandboxAsync()
    {
        Host = await StartHostAsync();
        Client = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    [OneTimeTearDown]
    public async Task StopSandboxAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }

    [SetUp]
    public async Task ResetSandboxAsync()
    {
        using var response = await Client.PostAsync("_sandbox/reset", null);
        response.EnsureSuccessStatusCode();
    }

    protected virtual Task<SandboxHost> StartHostAsync() => SandboxHost.StartAsync();

    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? apiKey = SandboxHost.DemoApiKey)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-APIKEY", apiKey);
        }

        return Client.SendAsync(request);
    }

    protected Task<HttpResponseMessage> PostAsync(string path, object body, string? apiKey = SandboxHost.DemoApiKey) =>
        SendAsync(HttpMethod.Post, path, body, apiKey);

    protected static StringContent Raw(string text) => new(text, Encoding.UTF8, "application/json");

    protected static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?.AsObject()
        ?? throw new AssertionException("Empty response body");

    /// <summary>Asserts the AIQ error shape and status; returns the message.</summary>
    protected static async Task<string> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await ReadObjectAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(body["success"]!.GetValue<bool>(), Is.False);
            Assert.That(body["code"]!.GetValue<int>(), Is.EqualTo((int)status));
        }

        return body["errors"]![0]!["message"]!.GetValue<string>();
    }

    /// <summary>Asserts a 200 success body and returns its <c>data</c>.</summary>
    protected static async Task<JsonObject> AssertOkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.That(body["success"]!.GetValue<bool>(), Is.True);
        Assert.That(body["code"]!.GetValue<int>(), Is.EqualTo(200));
        return body["data"]!.AsObject();
    }

    protected async Task<string> SendCodeAsync(string phone)
    {
        using var response = await PostAsync("api/v2/verify/contact/wallet", new { phone });
        await AssertOkAsync(response);
        return await LatestCodeAsync($"phone={phone}");
    }

    protected async Task<string> LatestCodeAsync(string query)
    {
        using var response = await Client.GetAsync($"_sandbox/codes/latest?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await ReadObjectAsync(response))["code"]!.GetValue<string>();
    }

    protected async Task<JsonObject> WalletAsync(string phone)
    {
        using var response = await PostAsync("api/v2/wallet", new { phone });
        return await AssertOkAsync(response);
    }

    protected static JsonObject? Template(JsonObject wallet, string id) =>
        wallet["discountTemplates"]!.AsArray().Select(t => t!.AsObject()).FirstOrDefault(t => (string?)t["id"] == id);

    protected async Task<string> RedemptionUrlAsync(string phone, string templateId)
    {
        var template = Template(await WalletAsync(phone), templateId) ?? throw new AssertionException($"{templateId} not in wallet");
        return template["redemptionURL"]!.GetValue<string>();
    }

    protected Task<HttpResponseMessage> RedeemAsync(string url, string? apiKey = SandboxHost.DemoApiKey) =>
        SendAsync(HttpMethod.Put, url, null, apiKey);

    protected async Task<JsonObject> ShopperAsync(string pii)
    {
        using var response = await Client.GetAsync($"_sandbox/shoppers/{Uri.EscapeDataString(pii)}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await ReadObjectAsync(response);
    }

    protected async Task AddFaultAsync(object fault)
    {
        using var response = await Client.PostAsJsonAsync("_sandbox/faults", fault);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
