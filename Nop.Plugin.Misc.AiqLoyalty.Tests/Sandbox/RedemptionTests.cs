using System.Net;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class RedemptionTests : SandboxTestBase
{
    [Test]
    public async Task Redeem_Once_ThenAgain_Is409()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1010");

        using var first = await RedeemAsync(url);
        using var second = await RedeemAsync(url);

        var data = await AssertOkAsync(first);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(data["redeemed"]!.GetValue<bool>(), Is.True);
            Assert.That((int)data["loyaltyPoints"]!, Is.EqualTo(DemoShoppers.AnnPoints - 300));
        }

        Assert.That(await AssertErrorAsync(second, HttpStatusCode.Conflict), Is.EqualTo("Discount already redeemed"));
        var shopper = await ShopperAsync(DemoShoppers.AnnPhone);
        Assert.That((int)shopper["loyaltyPoints"]!, Is.EqualTo(DemoShoppers.AnnPoints - 300));
        Assert.That(Template(await WalletAsync(DemoShoppers.AnnPhone), "1010"), Is.Null, "a used single-use template leaves the wallet");
    }

    [Test]
    public async Task FiftyParallelRedeems_ExactlyOneSucceeds()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.DanPhone, "1020");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => RedeemAsync(url)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        var shopper = await ShopperAsync(DemoShoppers.DanPhone);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(1));
            Assert.That(statuses.Count(s => s == HttpStatusCode.Conflict), Is.EqualTo(49));
            Assert.That((int)shopper["loyaltyPoints"]!, Is.EqualTo(2000 - 500));
            Assert.That(shopper["redemptions"]!.AsArray(), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task PosRedemption_RecordsTheTransactionId_EcommerceRecordsNone()
    {
        var pos = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1040");
        var ecommerce = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1020");

        using var posResponse = await RedeemAsync(pos + "/TX-9001");
        using var ecommerceResponse = await RedeemAsync(ecommerce);

        await AssertOkAsync(posResponse);
        await AssertOkAsync(ecommerceResponse);
        var redemptions = (await ShopperAsync(DemoShoppers.AnnPhone))["redemptions"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)redemptions[0]!["templateId"], Is.EqualTo("1040"));
            Assert.That((string?)redemptions[0]!["transactionId"], Is.EqualTo("TX-9001"));
            Assert.That((int)redemptions[0]!["points"]!, Is.EqualTo(150));
            Assert.That(redemptions[1]!["transactionId"], Is.Null);
        }

        var calls = await ReadObjectAsync(await Client.GetAsync("_sandbox/calls"));
        Assert.That((int?)calls["PUT /api/v1.1/discount/redeem/{uid}/{templateId}/{token}/{transactionId}"], Is.EqualTo(1));
    }

    [Test]
    public async Task TooFewPoints_Is400_AndNothingIsDeducted()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.CaraPhone, "1020");

        using var response = await RedeemAsync(url);

        Assert.That(await AssertErrorAsync(response, HttpStatusCode.BadRequest), Is.EqualTo("Insufficient points"));
        Assert.That((int)(await ShopperAsync(DemoShoppers.CaraPhone))["loyaltyPoints"]!, Is.EqualTo(100));
    }

    [Test]
    public async Task ExpiredTemplate_Is400()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1060");

        using var response = await RedeemAsync(url);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ReusableTemplate_CanBeRedeemedTwice()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.CaraPhone, "1070");

        using var first = await RedeemAsync(url);
        using var second = await RedeemAsync(url);

        await AssertOkAsync(first);
        Assert.That((int)(await AssertOkAsync(second))["loyaltyPoints"]!, Is.EqualTo(0));
        Assert.That(Template(await WalletAsync(DemoShoppers.CaraPhone), "1070"), Is.Not.Null);
    }

    [Test]
    public async Task ForgedOrMismatchedToken_Is404()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1010");
        var token = url[(url.LastIndexOf('/') + 1)..];

        using var forged = await RedeemAsync($"api/v1.1/discount/redeem/{SandboxHost.DemoUid}/1010/not-a-token");
        using var otherTemplate = await RedeemAsync($"api/v1.1/discount/redeem/{SandboxHost.DemoUid}/1020/{token}");

        Assert.That(await AssertErrorAsync(forged, HttpStatusCode.NotFound), Is.EqualTo("Unknown redemption"));
        await AssertErrorAsync(otherTemplate, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task RedeemWithAnotherAccountsKey_Is404UnknownAccount()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1010");

        using var response = await RedeemAsync(url, SandboxDefaults.OtherApiKey);

        Assert.That(await AssertErrorAsync(response, HttpStatusCode.NotFound), Is.EqualTo("Unknown account"));
    }

    [Test]
    public async Task Reset_RestoresPointsAndTemplates()
    {
        using (await RedeemAsync(await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1010")))
        {
        }

        await ResetSandboxAsync();

        var wallet = await WalletAsync(DemoShoppers.AnnPhone);
        Assert.That((int)wallet["loyaltyPoints"]!, Is.EqualTo(DemoShoppers.AnnPoints));
        Assert.That(Template(wallet, "1010"), Is.Not.Null);
    }
}
