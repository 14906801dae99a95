using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Wire;
using AiqLoyalty.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Client;

/// <summary>
/// The real AIQ client (registered with <c>AddAiqClient</c>, so over the real SocketsHttpHandler)
/// against one in-process sandbox per fixture, reset before every test. Assertions on the sandbox's
/// side go through its control routes over a separate plain HttpClient.
/// </summary>
public abstract class AiqClientSandboxTestBase
{
    protected const string AnnPhone = TestPhones.Ann;
    protected const string AnnEmail = "ann@example.com";
    protected const string AnnContactId = "c_ann";
    protected const long AnnPoints = 1233;
    protected const string BenPhone = TestPhones.Ben;
    protected const string CaraPhone = TestPhones.Cara;
    protected const string DanPhone = TestPhones.Dan;
    protected const string NonMemberPhone = TestPhones.NonMember;

    /// <summary>Ann's 15% template: 300 points, single use.</summary>
    protected const string Template1010 = "1010";

    protected const long Template1010Points = 300;

    /// <summary>The welcome gift a new member gets.</summary>
    protected const string WelcomeTemplate = "2001";

    protected const string WalletCall = "POST /api/v2/wallet";
    protected const string SendCodeCall = "POST /api/v2/verify/contact/wallet";
    protected const string RedeemCall = "PUT /api/v1.1/discount/redeem/{uid}/{templateId}/{token}";

    protected static readonly ContactIdentity Ann = ContactIdentity.Phone(AnnPhone);

    private ServiceProvider _services = null!;

    protected SandboxHost Host { get; private set; } = null!;

    /// <summary>Plain client for the sandbox's control routes (no key, no resilience).</summary>
    protected HttpClient Control { get; private set; } = null!;

    protected IAiqClientFactory Factory { get; private set; } = null!;

    /// <summary>The sandbox's base URL without the trailing slash, as a merchant would type it.</summary>
    protected string BaseUrl => Host.BaseAddress.ToString().TrimEnd('/');

    [OneTimeSetUp]
    public async Task StartSandboxAsync()
    {
        Host = await SandboxHost.StartAsync();
        Control = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _services = new ServiceCollection().AddLogging().AddAiqClient().BuildServiceProvider();
        Factory = _services.GetRequiredService<IAiqClientFactory>();
    }

    [OneTimeTearDown]
    public async Task StopSandboxAsync()
    {
        await _services.DisposeAsync();
        Control.Dispose();
        await Host.DisposeAsync();
    }

    [SetUp]
    public async Task ResetSandboxAsync()
    {
        using var response = await Control.PostAsync("_sandbox/reset", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Options for the demo account with short retry delays; <paramref name="configure"/> adjusts them.</summary>
    protected AiqClientOptions Options(Func<AiqClientOptions, AiqClientOptions>? configure = null)
    {
        var options = new AiqClientOptions
        {
            BaseUrl = BaseUrl,
            ApiKey = SandboxHost.DemoApiKey,
            Uid = SandboxHost.DemoUid,
            AttemptTimeout = TimeSpan.FromSeconds(3),
            TotalTimeout = TimeSpan.FromSeconds(6),
            RetryBaseDelay = TimeSpan.FromMilliseconds(20)
        };
        return configure is null ? options : configure(options);
    }

    protected IAiqClient Client(Func<AiqClientOptions, AiqClientOptions>? configure = null) => Factory.Create(Options(configure));

    protected async Task<string> LatestCodeAsync(string phone)
    {
        using var response = await Control.GetAsync($"_sandbox/codes/latest?phone={phone}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"no code was sent to {phone}");
        return (await ReadObjectAsync(response))["code"]!.GetValue<string>();
    }

    protected async Task<HttpStatusCode> LatestCodeStatusAsync(string phone)
    {
        using var response = await Control.GetAsync($"_sandbox/codes/latest?phone={phone}");
        return response.StatusCode;
    }

    /// <summary>The sandbox's view of a shopper: real points, opt-ins, redemptions, adjustments.</summary>
    protected async Task<JsonObject> ShopperAsync(string pii)
    {
        using var response = await Control.GetAsync($"_sandbox/shoppers/{Uri.EscapeDataString(pii)}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"sandbox does not know {pii}");
        return await ReadObjectAsync(response);
    }

    protected async Task<long> RealPointsAsync(string pii) => (await ShopperAsync(pii))["loyaltyPoints"]!.GetValue<long>();

    protected async Task<JsonArray> CartsAsync()
    {
        using var response = await Control.GetAsync("_sandbox/carts");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    /// <summary>API calls the sandbox received for "METHOD route-template" (0 when none).</summary>
    protected async Task<int> CallsAsync(string methodAndTemplate)
    {
        using var response = await Control.GetAsync("_sandbox/calls");
        response.EnsureSuccessStatusCode();
        var counts = await ReadObjectAsync(response);
        return counts[methodAndTemplate]?.GetValue<int>() ?? 0;
    }

    protected async Task AddFaultAsync(string path, int status = 0, int delayMs = 0, int times = 1, bool drop = false, string? method = null)
    {
        using var response = await Control.PostAsJsonAsync("_sandbox/faults", new { path, status, delayMs, times, drop, method });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    protected async Task ClearFaultsAsync()
    {
        using var response = await Control.DeleteAsync("_sandbox/faults");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Reads the shopper's wallet through the client and returns a template's redemption URL.</summary>
    protected async Task<string> RedemptionUrlAsync(IAiqClient client, string phone, string templateId)
    {
        var wallet = await client.GetWalletAsync(ContactIdentity.Phone(phone));
        Assert.That(wallet.HasValue, Is.True, () => $"wallet read failed: {wallet.Error}");
        var template = wallet.Value!.DiscountTemplates?.SingleOrDefault(t => t.Id == templateId);
        Assert.That(template?.RedemptionUrl, Is.Not.Null.And.Not.Empty, $"template {templateId} has no redemption URL");
        return template!.RedemptionUrl!;
    }

    protected static DiscountTemplate? Template(Wallet wallet, string id) => wallet.DiscountTemplates?.SingleOrDefault(t => t.Id == id);

    /// <summary>A local port with nothing listening: bound, then released.</summary>
    protected static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?.AsObject()
        ?? throw new AssertionException("Empty response body");
}
