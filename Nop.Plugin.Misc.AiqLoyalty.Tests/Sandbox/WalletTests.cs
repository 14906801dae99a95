using System.Net;
using System.Text.Json;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class WalletTests : SandboxTestBase
{
    [Test]
    public async Task HiddenPoints_WalletReportsZero_ButTheBalanceIsKept()
    {
        var wallet = await WalletAsync(DemoShoppers.BenPhone);
        var shopper = await ShopperAsync(DemoShoppers.BenPhone);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wallet["hidePointsInWallet"]!.GetValue<bool>(), Is.True);
            Assert.That((int)wallet["loyaltyPoints"]!, Is.Zero);
            Assert.That((int)shopper["loyaltyPoints"]!, Is.EqualTo(800));
            Assert.That(Template(wallet, "1010")!["available"]!.GetValue<bool>(), Is.True, "availability uses the real balance");
        }
    }

    [Test]
    public async Task Badges_AddAudiences()
    {
        using var plain = await PostAsync("api/v2/wallet", new { phone = DemoShoppers.AnnPhone });
        using var badges = await PostAsync("api/v2/wallet?badges=true", new { phone = DemoShoppers.AnnPhone });

        var plainData = await AssertOkAsync(plain);
        var badgeData = await AssertOkAsync(badges);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plainData.ContainsKey("audiences"), Is.False);
            Assert.That((string?)badgeData["audiences"]![0]!["name"], Is.EqualTo("Member"));
        }
    }

    [Test]
    public async Task Templates_RoundTripLegacyStringNumbers()
    {
        var wallet = await WalletAsync(DemoShoppers.AnnPhone);
        var capped = Template(wallet, "1010")!;
        var legacy = Template(wallet, "1030")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(capped["priceCap"]!.GetValueKind(), Is.EqualTo(JsonValueKind.String));
            Assert.That((string?)capped["priceCap"], Is.EqualTo("100"));
            Assert.That((int)capped["percentageValue"]!, Is.EqualTo(15));
            Assert.That((string?)legacy["pointsDeduction"], Is.EqualTo("200"));
            Assert.That(legacy["min"]!.GetValue<bool>(), Is.True);
            Assert.That(legacy.ContainsKey("dollarValue"), Is.False);
            Assert.That((string?)Template(wallet, "1040")!["posDiscountID"], Is.EqualTo("POS-BOGO-1"));
            Assert.That(Template(wallet, "1050")!["inStoreRedemption"]!.GetValue<bool>(), Is.True);
        }
    }

    [Test]
    public async Task RedemptionUrl_PointsAtThisSandbox_AndIsStable()
    {
        var first = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1020");
        var second = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1020");
        var other = await RedemptionUrlAsync(DemoShoppers.DanPhone, "1020");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Does.StartWith(new Uri(Host.BaseAddress, $"api/v1.1/discount/redeem/{SandboxHost.DemoUid}/1020/").ToString()));
            Assert.That(second, Is.EqualTo(first));
            Assert.That(other, Is.Not.EqualTo(first), "tokens are per shopper");
        }
    }

    [Test]
    public async Task Availability_FollowsPointsAndExpiry()
    {
        var cara = await WalletAsync(DemoShoppers.CaraPhone);
        var ann = await WalletAsync(DemoShoppers.AnnPhone);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Template(cara, "1020")!["available"]!.GetValue<bool>(), Is.False, "500 points needed, 100 held");
            Assert.That(Template(cara, "1070")!["available"]!.GetValue<bool>(), Is.True);
            Assert.That(Template(ann, "1060")!["available"]!.GetValue<bool>(), Is.False, "expired");
            Assert.That(Template(ann, "1010")!["available"]!.GetValue<bool>(), Is.True);
        }
    }

    [Test]
    public async Task UnknownShopper_Is404()
    {
        using var response = await PostAsync("api/v2/wallet", new { phone = DemoShoppers.NonMemberPhone });

        Assert.That(await AssertErrorAsync(response, HttpStatusCode.NotFound), Is.EqualTo("No shopper exists with phone number"));
    }

    [Test]
    public async Task UnknownFields_AreIgnored()
    {
        using var response = await PostAsync("api/v2/wallet", new { PHONE = DemoShoppers.AnnPhone, extra = new { nested = 1 } });

        Assert.That((string?)(await AssertOkAsync(response))["contactID"], Is.EqualTo(DemoShoppers.AnnContactId));
    }
}
