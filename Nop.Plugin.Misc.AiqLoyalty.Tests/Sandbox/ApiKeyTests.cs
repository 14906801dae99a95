using System.Net;
using System.Net.Http.Headers;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class ApiKeyTests : SandboxTestBase
{
    private static readonly object WalletBody = new { phone = DemoShoppers.AnnPhone };

    [Test]
    public async Task MissingKey_Is403WithAiqMessage()
    {
        using var response = await PostAsync("api/v2/wallet", WalletBody, apiKey: null);

        var message = await AssertErrorAsync(response, HttpStatusCode.Forbidden);
        Assert.That(message, Is.EqualTo("Please provide a valid API key"));
    }

    [Test]
    public async Task WrongKey_Is403()
    {
        using var response = await PostAsync("api/v2/wallet", WalletBody, apiKey: "not-a-key");

        await AssertErrorAsync(response, HttpStatusCode.Forbidden);
    }

    [TestCase("apikey")]
    [TestCase("X-APIKEY")]
    [TestCase("api_key")]
    public async Task KeyInQueryString_Is403(string parameter)
    {
        using var response = await PostAsync($"api/v2/wallet?{parameter}={SandboxHost.DemoApiKey}", WalletBody, apiKey: null);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task BearerKey_Is403()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/wallet") { Content = Raw("{\"phone\":\"3035550101\"}") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SandboxHost.DemoApiKey);

        using var response = await Client.SendAsync(request);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task HyphenatedHeaderName_Is403()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/wallet") { Content = Raw("{\"phone\":\"3035550101\"}") };
        request.Headers.Add("X-API-Key", SandboxHost.DemoApiKey);

        using var response = await Client.SendAsync(request);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task HeaderNameCase_DoesNotMatter()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/wallet") { Content = Raw("{\"phone\":\"3035550101\"}") };
        request.Headers.Add("x-apikey", SandboxHost.DemoApiKey);

        using var response = await Client.SendAsync(request);

        await AssertOkAsync(response);
    }

    [Test]
    public async Task UidOfAnotherAccount_Is404UnknownAccount()
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/v1.1/stores/{SandboxDefaults.OtherUid}");

        var message = await AssertErrorAsync(response, HttpStatusCode.NotFound);
        Assert.That(message, Is.EqualTo("Unknown account"));
    }

    [Test]
    public async Task OtherKey_WorksWithItsOwnUid()
    {
        using var own = await SendAsync(HttpMethod.Get, $"api/v1.1/stores/{SandboxDefaults.OtherUid}", apiKey: SandboxDefaults.OtherApiKey);
        using var foreign = await SendAsync(HttpMethod.Get, $"api/v1.1/stores/{SandboxHost.DemoUid}", apiKey: SandboxDefaults.OtherApiKey);

        var data = await AssertOkAsync(own);
        Assert.That(data["stores"]!.AsArray().Select(s => (int)s!["id"]!), Is.EqualTo(new[] { 12, 13 }));
        await AssertErrorAsync(foreign, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task WalletRedemptionUrl_CarriesTheKeysUid()
    {
        using var response = await PostAsync("api/v2/wallet", WalletBody, apiKey: SandboxDefaults.OtherApiKey);

        var data = await AssertOkAsync(response);
        var url = Template(data, "1010")!["redemptionURL"]!.GetValue<string>();
        Assert.That(url, Does.Contain($"/api/v1.1/discount/redeem/{SandboxDefaults.OtherUid}/1010/"));
    }

    [Test]
    public async Task UnknownApiPath_Is404ErrorBody()
    {
        using var api = await SendAsync(HttpMethod.Get, "api/v2/nothing-here");
        using var wrongMethod = await SendAsync(HttpMethod.Get, "api/v2/wallet");
        using var other = await Client.GetAsync("favicon.ico");

        await AssertErrorAsync(api, HttpStatusCode.NotFound);
        await AssertErrorAsync(wrongMethod, HttpStatusCode.NotFound);
        await AssertErrorAsync(other, HttpStatusCode.NotFound);
    }
}
