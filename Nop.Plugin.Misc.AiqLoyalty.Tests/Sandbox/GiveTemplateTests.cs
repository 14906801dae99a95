using System.Net;
using System.Net.Http.Json;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

/// <summary><c>POST /_sandbox/shoppers/{pii}/templates</c>: a seeded reward put in a member's wallet.</summary>
[TestFixture]
public sealed class GiveTemplateTests : SandboxTestBase
{
    [Test]
    public async Task GivenTemplate_IsInTheWallet_AndRedeemsWithItsPoints()
    {
        using var give = await Client.PostAsJsonAsync($"_sandbox/shoppers/{DemoShoppers.CaraPhone}/templates", new { templateId = "1070" });
        using var again = await Client.PostAsJsonAsync($"_sandbox/shoppers/{DemoShoppers.CaraPhone}/templates", new { templateId = "1070" });

        Assert.That(give.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var templates = (await ShopperAsync(DemoShoppers.CaraPhone))["templateIds"]!.AsArray().Select(t => (string?)t).ToList();
        Assert.That(templates.Count(t => t == "1070"), Is.EqualTo(1), "given once, however often asked");
        using var redeem = await RedeemAsync(await RedemptionUrlAsync(DemoShoppers.CaraPhone, "1070"));
        Assert.That((int)(await AssertOkAsync(redeem))["loyaltyPoints"]!, Is.EqualTo(50), "Cara's 100 points less the template's 50");
    }

    [TestCase("3035550199", "1070")]
    [TestCase(DemoShoppers.CaraPhone, "9999")]
    public async Task UnknownShopperOrTemplate_Is404(string pii, string templateId)
    {
        using var response = await Client.PostAsJsonAsync($"_sandbox/shoppers/{pii}/templates", new { templateId });

        await AssertErrorAsync(response, HttpStatusCode.NotFound);
    }
}
