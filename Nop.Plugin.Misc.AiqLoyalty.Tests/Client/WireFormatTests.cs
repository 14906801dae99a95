using System.Text.Json;
using AiqLoyalty.Core.Wire;
using AiqLoyalty.Core.Wire.Json;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Client;

/// <summary>Tolerant reading of AIQ's documented payloads (docs/aiq-api.md).</summary>
[TestFixture]
public class WireFormatTests
{
    // A wallet answer with every field docs/aiq-api.md lists ("The wallet object"), in AIQ's documented shape.
    private const string DocumentedWallet = """
        {"data": {
          "contactID": "c_123",
          "loyaltyPoints": 1233,
          "hidePointsInWallet": false,
          "audiences": [{"name": "VIP", "avatar": "https://example.test/vip.png"}],
          "discountTemplates": [{
            "id": "1010",
            "posDiscountID": "POS-77",
            "avatar": "https://example.test/a.png", "name": "Loyalty", "pageTitle": "15% OFF",
            "inStoreRedemption": false,
            "pointsDeduction": 300,
            "redemptionURL": "https://lab.alpineiq.com/api/v1.1/discount/redeem/1546/1010/tok",
            "dollarValue": 0, "percentageValue": 15,
            "priceCap": "100", "min": false,
            "rewardType": "percentage", "rewardValue": "15",
            "available": true, "expiration": 0,
            "reusable": false, "tierDiscount": false
          }]}}
        """;

    [Test]
    public void DocumentedWalletIsReadWithEveryField()
    {
        var wallet = JsonSerializer.Deserialize<AiqEnvelope<Wallet>>(DocumentedWallet, AiqJson.Options)!.Data!;

        Assert.That(wallet.ContactId, Is.EqualTo("c_123"));
        Assert.That(wallet.LoyaltyPoints, Is.EqualTo(1233));
        Assert.That(wallet.Audiences![0].Name, Is.EqualTo("VIP"));
        var template = wallet.DiscountTemplates!.Single();
        Assert.Multiple(() =>
        {
            Assert.That(template.Id, Is.EqualTo("1010"));
            Assert.That(template.PosDiscountId, Is.EqualTo("POS-77"));
            Assert.That(template.PointsDeduction, Is.EqualTo(300));
            Assert.That(template.PercentageValue, Is.EqualTo(15m));
            Assert.That(template.DollarValue, Is.EqualTo(0m));
            Assert.That(template.PriceCap, Is.EqualTo(100m), "legacy string number");
            Assert.That(template.RewardValue, Is.EqualTo(15m), "legacy string number");
            Assert.That(template.RewardType, Is.EqualTo("percentage"));
            Assert.That(template.RedemptionUrl, Does.EndWith("/1010/tok"));
            Assert.That(template.Available, Is.True);
            Assert.That(template.Min, Is.False);
        });
    }

    [Test]
    public void LegacyAndOddlyTypedValuesAreAcceptedOrDefaulted()
    {
        const string json = """
            {"success": "true", "code": "200", "data": {"contactID": 42, "loyaltyPoints": "77.9", "hidePointsInWallet": "true",
             "somethingNew": {"nested": [1, 2]},
             "discountTemplates": [{"id": 1030, "pointsDeduction": "200", "priceCap": "", "min": 1, "rewardValue": "ten",
                                    "available": "false", "expiration": "1700000000", "reusable": null}]}}
            """;

        var envelope = JsonSerializer.Deserialize<AiqEnvelope<Wallet>>(json, AiqJson.Options)!;
        var wallet = envelope.Data!;
        var template = wallet.DiscountTemplates!.Single();

        Assert.Multiple(() =>
        {
            Assert.That(envelope.Success, Is.True);
            Assert.That(envelope.Code, Is.EqualTo(200));
            Assert.That(wallet.ContactId, Is.EqualTo("42"), "numeric id read as text");
            Assert.That(wallet.LoyaltyPoints, Is.EqualTo(77), "fractional string truncated");
            Assert.That(wallet.HidePointsInWallet, Is.True);
            Assert.That(template.Id, Is.EqualTo("1030"));
            Assert.That(template.PointsDeduction, Is.EqualTo(200));
            Assert.That(template.PriceCap, Is.Null, "empty string is no cap, not an error");
            Assert.That(template.Min, Is.True);
            Assert.That(template.RewardValue, Is.Null, "unreadable number defaults");
            Assert.That(template.Available, Is.False);
            Assert.That(template.Expiration, Is.EqualTo(1700000000));
            Assert.That(template.Reusable, Is.False);
        });
    }

    [Test]
    public void MissingFieldsTakeDefaults()
    {
        var wallet = JsonSerializer.Deserialize<AiqEnvelope<Wallet>>("""{"data": {"discountTemplates": [{}]}}""", AiqJson.Options)!.Data!;
        var template = wallet.DiscountTemplates!.Single();

        Assert.Multiple(() =>
        {
            Assert.That(wallet.ContactId, Is.Null);
            Assert.That(wallet.LoyaltyPoints, Is.Zero);
            Assert.That(template.Available, Is.True, "a missing 'available' means available");
            Assert.That(template.PointsDeduction, Is.Zero);
            Assert.That(template.DollarValue, Is.Null);
        });
    }

    [Test]
    public void SignupRequestUsesAiqFieldNames()
    {
        var json = JsonSerializer.Serialize(new SignupRequest
        {
            MobilePhone = TestPhones.Ann,
            Loyalty = true,
            SmsOptIn = true,
            FavoriteStoreId = 12,
            CustomAttributes = [new CustomAttribute("source", "nopCommerce")]
        }, AiqJson.Options);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("mobilePhone").GetString(), Is.EqualTo(TestPhones.Ann));
            Assert.That(root.GetProperty("smsoptin").GetBoolean(), Is.True);
            Assert.That(root.GetProperty("favoriteStoreID").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(root.GetProperty("customAttributes")[0].GetProperty("key").GetString(), Is.EqualTo("source"));
            Assert.That(root.TryGetProperty("email", out _), Is.False, "nulls are left out");
        });
    }
}
