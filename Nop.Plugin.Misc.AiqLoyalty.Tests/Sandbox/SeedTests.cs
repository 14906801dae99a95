using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox;
using AiqLoyalty.Sandbox.Data;
using AiqLoyalty.Sandbox.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class SeedTests
{
    private const string CustomSeed = """
        {
          // comments are allowed
          "apiKeys": { "k1": "7777" },
          "templates": [ { "id": 5, "name": "numeric id", "pointsDeduction": "10", "priceCap": "25" } ],
          "shoppers": [ { "contactID": "c_x", "email": "x@example.com", "loyaltyPoints": 15, "templateIds": ["5"] } ],
          "welcomeTemplateIds": [],
          "codeLifetimeSeconds": 30,
        }
        """;

    [Test]
    public async Task DemoSeed_HasTheDocumentedData()
    {
        var seed = await SeedLoader.LoadDemoAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seed.ApiKeys[SandboxDefaults.DemoApiKey], Is.EqualTo(SandboxDefaults.DemoUid));
            Assert.That(seed.ApiKeys[SandboxDefaults.OtherApiKey], Is.EqualTo(SandboxDefaults.OtherUid));
            Assert.That(seed.Templates.Select(t => (string?)t["id"]), Is.EquivalentTo(new[] { "2001", "1010", "1020", "1030", "1040", "1050", "1060", "1070" }));
            Assert.That(seed.Shoppers.Select(s => s.Phone), Does.Not.Contain(DemoShoppers.NonMemberPhone));
            Assert.That(seed.Shoppers.Single(s => s.Phone == DemoShoppers.BenPhone).HidePointsInWallet, Is.True);
            Assert.That(seed.WelcomeTemplateIds, Is.EqualTo(new[] { "2001" }));
            Assert.That(seed.CodeLifetimeSeconds, Is.EqualTo(600));
        }
    }

    [Test]
    public async Task CustomSeed_IsServedAsWritten()
    {
        var seed = await SeedLoader.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(CustomSeed)));
        await using var host = await SandboxHost.StartAsync(seed);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("X-APIKEY", "k1");

        using var wallet = await client.PostAsJsonAsync("api/v2/wallet", new { email = "x@example.com" });

        Assert.That(wallet.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var template = JsonNode.Parse(await wallet.Content.ReadAsStringAsync())!["data"]!["discountTemplates"]![0]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)template["id"]!, Is.EqualTo(5), "a numeric id stays numeric");
            Assert.That((string?)template["priceCap"], Is.EqualTo("25"));
            Assert.That(template["available"]!.GetValue<bool>(), Is.True, "15 points cover the \"10\" deduction");
            Assert.That((string?)template["redemptionURL"], Does.Contain("/api/v1.1/discount/redeem/7777/5/"));
        }
    }

    [TestCase("{\"apiKeys\": {}}", "apiKeys")]
    [TestCase("{\"apiKeys\": {\"k\": \"1\"}, \"shoppers\": [{\"contactID\": \"c\", \"phone\": \"3035550101\", \"templateIds\": [\"9\"]}]}", "unknown template")]
    [TestCase("{\"apiKeys\": {\"k\": \"1\"}, \"shoppers\": [{\"contactID\": \"c\", \"phone\": \"+13035550101\"}]}", "10 digits")]
    [TestCase("{\"apiKeys\": {\"k\": \"1\"}, \"welcomeTemplateIds\": [\"9\"]}", "welcomeTemplateIds")]
    [TestCase("not json", "not valid JSON")]
    public void InvalidSeed_IsRejectedWithTheReason(string json, string reason)
    {
        var error = Assert.ThrowsAsync<InvalidDataException>(() => SeedLoader.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.That(error!.Message, Does.Contain(reason));
    }

    [Test]
    public void SeedBuiltInCode_IsValidatedToo()
    {
        var seed = new SandboxSeed
        {
            ApiKeys = new Dictionary<string, string> { ["k"] = "1" },
            Shoppers = [new SeedShopper { ContactID = "c", Phone = DemoShoppers.AnnPhone, TemplateIds = ["missing"] }],
        };

        Assert.ThrowsAsync<InvalidDataException>(() => SandboxHost.StartAsync(seed));
    }

    [Test]
    public async Task Seed_IsNotChangedByTheSandbox()
    {
        var seed = await SeedLoader.LoadDemoAsync();
        await using var host = await SandboxHost.StartAsync(seed);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("X-APIKEY", SandboxHost.DemoApiKey);

        using (await client.PostAsJsonAsync("api/v2/wallet", new { phone = DemoShoppers.AnnPhone }))
        {
        }

        Assert.That(seed.Templates.Any(t => t.ContainsKey("redemptionURL")), Is.False);
        Assert.That(seed, Is.SameAs(host.State.Seed));
        Assert.That(host.State.GetShopper(DemoShoppers.AnnPhone)!.LoyaltyPoints, Is.EqualTo(DemoShoppers.AnnPoints));
    }
}
