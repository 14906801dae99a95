using System.Text.Json;
using AiqLoyalty.Core.Offers;
using AiqLoyalty.Core.Wire;
using AiqLoyalty.Core.Wire.Json;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Offers;

[TestFixture]
public class WalletOfferMapperTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private const string RedeemUrl = "https://lab.alpineiq.com/api/v1.1/discount/redeem/1546/1010/tok";

    [Test]
    public void Map_DocumentedWalletJson_GivesAPercentageOffer()
    {
        const string json = """
            {"contactID": "c_123", "loyaltyPoints": 1233, "hidePointsInWallet": false,
             "discountTemplates": [{
               "id": "1010", "posDiscountID": "POS-77", "avatar": "https://cdn.example/a.png",
               "name": " Loyalty ", "pageTitle": "15% OFF", "inStoreRedemption": false,
               "pointsDeduction": 300, "redemptionURL": "https://lab.alpineiq.com/api/v1.1/discount/redeem/1546/1010/tok",
               "dollarValue": 0, "percentageValue": 15, "priceCap": "100", "min": false,
               "rewardType": "percentage", "rewardValue": "15", "available": true, "expiration": 0,
               "reusable": false, "tierDiscount": false}]}
            """;
        var wallet = JsonSerializer.Deserialize<Wallet>(json, AiqJson.Options)!;

        var view = WalletOfferMapper.Map(wallet, Now);

        Assert.Multiple(() =>
        {
            Assert.That(view.ContactId, Is.EqualTo("c_123"));
            Assert.That(view.Points, Is.EqualTo(1233));
            Assert.That(view.NotOffered, Is.Empty);
            Assert.That(view.Offers, Is.EqualTo(new[]
            {
                new RewardOffer
                {
                    TemplateId = "1010", Name = "Loyalty", Title = "15% OFF", ImageUrl = "https://cdn.example/a.png",
                    PointsCost = 300, Kind = RewardKind.Percentage, Percentage = 15m, MaxDiscountAmount = 100m,
                    PosDiscountId = "POS-77", RedemptionUrl = RedeemUrl
                }
            }));
        });
    }

    [Test]
    public void Map_HiddenPoints_GivesNullPoints()
    {
        var view = WalletOfferMapper.Map(new Wallet { HidePointsInWallet = true, LoyaltyPoints = 0 }, Now);

        Assert.That(view.Points, Is.Null);
    }

    [Test]
    public void Map_NoTemplates_GivesEmptyLists()
    {
        var view = WalletOfferMapper.Map(new Wallet { LoyaltyPoints = 5 }, Now);

        Assert.Multiple(() =>
        {
            Assert.That(view.Offers, Is.Empty);
            Assert.That(view.NotOffered, Is.Empty);
            Assert.That(view.ContactId, Is.Null);
        });
    }

    [Test]
    public void Map_DollarValue_IsFixedAmount()
    {
        var offer = SingleOffer(Template() with { DollarValue = 10m });

        Assert.Multiple(() =>
        {
            Assert.That(offer.Kind, Is.EqualTo(RewardKind.FixedAmount));
            Assert.That(offer.Amount, Is.EqualTo(10m));
            Assert.That(offer.Percentage, Is.Null);
        });
    }

    [TestCase("percentage")]
    [TestCase("Percent")]
    [TestCase(" % ")]
    public void Map_LegacyPercentageWords_ArePercentage(string rewardType)
    {
        var offer = SingleOffer(Template() with { RewardType = rewardType, RewardValue = 20m });

        Assert.Multiple(() =>
        {
            Assert.That(offer.Kind, Is.EqualTo(RewardKind.Percentage));
            Assert.That(offer.Percentage, Is.EqualTo(20m));
        });
    }

    [TestCase("dollar")]
    [TestCase("DOLLARS")]
    [TestCase("fixed")]
    [TestCase("amount")]
    [TestCase("$")]
    public void Map_LegacyFixedWords_AreFixedAmount(string rewardType)
    {
        var offer = SingleOffer(Template() with { RewardType = rewardType, RewardValue = 7.5m });

        Assert.Multiple(() =>
        {
            Assert.That(offer.Kind, Is.EqualTo(RewardKind.FixedAmount));
            Assert.That(offer.Amount, Is.EqualTo(7.5m));
        });
    }

    [Test]
    public void Map_ModernValueWinsOverLegacy()
    {
        var offer = SingleOffer(Template() with { PercentageValue = 10m, RewardType = "dollar", RewardValue = 50m });

        Assert.Multiple(() =>
        {
            Assert.That(offer.Kind, Is.EqualTo(RewardKind.Percentage));
            Assert.That(offer.Percentage, Is.EqualTo(10m));
        });
    }

    [Test]
    public void Map_BogoWithPosDiscount_IsStoreDiscount_EvenWithoutRedemptionUrl()
    {
        var offer = SingleOffer(Template() with { RewardType = "bogo", PosDiscountId = " BOGO-1 ", RedemptionUrl = null });

        Assert.Multiple(() =>
        {
            Assert.That(offer.Kind, Is.EqualTo(RewardKind.StoreDiscount));
            Assert.That(offer.PosDiscountId, Is.EqualTo("BOGO-1"));
            Assert.That(offer.RedemptionUrl, Is.Null);
            Assert.That(offer.Amount, Is.Null);
            Assert.That(offer.Percentage, Is.Null);
        });
    }

    [Test]
    public void Map_PriceCapWithMin_IsMinimumOrderTotal()
    {
        var offer = SingleOffer(Template() with { DollarValue = 5m, PriceCap = 50m, Min = true });

        Assert.Multiple(() =>
        {
            Assert.That(offer.MinimumOrderTotal, Is.EqualTo(50m));
            Assert.That(offer.MaxDiscountAmount, Is.Null);
        });
    }

    [Test]
    public void Map_ZeroPriceCap_MeansNoCap()
    {
        var offer = SingleOffer(Template() with { PercentageValue = 10m, PriceCap = 0m });

        Assert.That(offer.MaxDiscountAmount, Is.Null);
    }

    [Test]
    public void Map_Expiration_IsUnixSeconds()
    {
        var expiresAt = Now.AddDays(3);

        var offer = SingleOffer(Template() with { DollarValue = 5m, Expiration = expiresAt.ToUnixTimeSeconds(), Reusable = true });

        Assert.Multiple(() =>
        {
            Assert.That(offer.ExpiresAt, Is.EqualTo(expiresAt));
            Assert.That(offer.Reusable, Is.True);
        });
    }

    [TestCase(0, NotOfferedReason.Expired)]
    [TestCase(-1, NotOfferedReason.Expired)]
    public void Map_ExpiredAtOrBeforeNow_IsNotOffered(int secondsFromNow, NotOfferedReason reason)
    {
        Assert.That(SingleRejection(Template() with { DollarValue = 5m, Expiration = Now.AddSeconds(secondsFromNow).ToUnixTimeSeconds() }),
            Is.EqualTo(reason));
    }

    [Test]
    public void Map_ExpiringOneSecondAfterNow_IsOffered()
    {
        Assert.That(SingleOffer(Template() with { DollarValue = 5m, Expiration = Now.AddSeconds(1).ToUnixTimeSeconds() }).ExpiresAt,
            Is.EqualTo(Now.AddSeconds(1)));
    }

    [Test]
    public void Map_InStoreOnlyAndUnavailable_AreNotOffered()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SingleRejection(Template() with { DollarValue = 5m, InStoreRedemption = true }), Is.EqualTo(NotOfferedReason.InStoreOnly));
            Assert.That(SingleRejection(Template() with { DollarValue = 5m, Available = false }), Is.EqualTo(NotOfferedReason.Unavailable));
        });
    }

    [Test]
    public void Map_NoValueAndNoPosDiscount_IsUnsupported()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SingleRejection(Template()), Is.EqualTo(NotOfferedReason.Unsupported));
            Assert.That(SingleRejection(Template() with { RewardType = "bogo", RewardValue = 1m }), Is.EqualTo(NotOfferedReason.Unsupported));
        });
    }

    private static IEnumerable<TestCaseData> InvalidTemplates()
    {
        yield return new TestCaseData(Template() with { DollarValue = -5m }).SetName("negative dollar value");
        yield return new TestCaseData(Template() with { PercentageValue = -10m }).SetName("negative percentage");
        yield return new TestCaseData(Template() with { PercentageValue = 100.01m }).SetName("percentage over 100");
        yield return new TestCaseData(Template() with { DollarValue = 5m, PercentageValue = 10m }).SetName("both dollar and percentage");
        yield return new TestCaseData(Template() with { DollarValue = 5m, PriceCap = -1m }).SetName("negative price cap");
        yield return new TestCaseData(Template() with { DollarValue = 5m, PointsDeduction = -300 }).SetName("negative points");
        yield return new TestCaseData(Template() with { RewardType = "percentage", RewardValue = 0m }).SetName("legacy percentage of zero");
        yield return new TestCaseData(Template() with { RewardType = "percentage", RewardValue = null, PosDiscountId = "P" }).SetName("legacy percentage without value");
        yield return new TestCaseData(Template() with { RewardType = "percent", RewardValue = 150m }).SetName("legacy percentage over 100");
        yield return new TestCaseData(Template() with { RewardType = "dollar", RewardValue = -1m }).SetName("legacy negative amount");
        yield return new TestCaseData(Template() with { DollarValue = 5m, RedemptionUrl = null }).SetName("fixed reward without redemption URL");
        yield return new TestCaseData(Template() with { PercentageValue = 5m, RedemptionUrl = "/relative/redeem" }).SetName("relative redemption URL");
        yield return new TestCaseData(Template() with { PercentageValue = 5m, RedemptionUrl = "javascript:alert(1)" }).SetName("script redemption URL");
        yield return new TestCaseData(Template() with { PosDiscountId = "P", RedemptionUrl = "ftp://x/y" }).SetName("store discount with bad URL");
        yield return new TestCaseData(Template() with { DollarValue = 5m, Expiration = -1 }).SetName("negative expiration");
        yield return new TestCaseData(Template() with { DollarValue = 5m, Expiration = long.MaxValue }).SetName("expiration out of range");
        yield return new TestCaseData(Template() with { DollarValue = 5m, PosDiscountId = new string('p', 101) }).SetName("overlong POS discount id");
        yield return new TestCaseData(Template() with { DollarValue = 5m, PosDiscountId = "POS-\U0001F381" }).SetName("POS discount id outside the BMP");
        yield return new TestCaseData(Template() with { DollarValue = 5m, RedemptionUrl = RedeemUrl + "/" + new string('t', WalletOfferMapper.MaxRedemptionUrlLength) })
            .SetName("redemption URL longer than the claim's column");
        yield return new TestCaseData(Template() with { DollarValue = 5m, RedemptionUrl = RedeemUrl + "/\U0001F381" }).SetName("redemption URL outside the BMP");
    }

    [Test]
    public void Map_TemplateIdsTheDatabaseCannotHoldAsTheyAre_AreInvalid_NeverChanged()
    {
        var view = WalletOfferMapper.Map(WalletOf(
            Template() with { Id = "gift-\U0001F381", DollarValue = 5m },
            Template() with { Id = new string('7', WalletOfferMapper.MaxIdLength + 1), DollarValue = 5m },
            Template() with { Id = "ok\u0001", DollarValue = 5m },
            Template() with { Id = new string('7', WalletOfferMapper.MaxIdLength), DollarValue = 5m }), Now);

        Assert.Multiple(() =>
        {
            Assert.That(view.NotOffered.Select(r => r.Reason), Is.EqualTo(Enumerable.Repeat(NotOfferedReason.Invalid, 3)));
            Assert.That(view.Offers.Single().TemplateId, Is.EqualTo(new string('7', WalletOfferMapper.MaxIdLength)), "exactly the longest id is kept");
        });
    }

    [Test]
    public void Map_RedemptionUrlOfExactlyTheColumnLength_IsKept()
    {
        var url = RedeemUrl + "/" + new string('t', WalletOfferMapper.MaxRedemptionUrlLength - RedeemUrl.Length - 1);

        Assert.That(SingleOffer(Template() with { DollarValue = 5m, RedemptionUrl = url }).RedemptionUrl, Is.EqualTo(url));
    }

    [TestCase("c_\U0001F600")]
    [TestCase("c_\u0007")]
    public void Map_ContactIdTheDatabaseCannotHold_IsNull(string contactId)
    {
        var view = WalletOfferMapper.Map(WalletOf(Template() with { DollarValue = 5m }) with { ContactId = contactId }, Now);

        Assert.That(view.ContactId, Is.Null);
    }

    [TestCaseSource(nameof(InvalidTemplates))]
    public void Map_UntrustedValuesOutOfRange_AreInvalid(DiscountTemplate template)
    {
        Assert.That(SingleRejection(template), Is.EqualTo(NotOfferedReason.Invalid));
    }

    [Test]
    public void Map_PercentageOfExactly100_IsAllowed()
    {
        Assert.That(SingleOffer(Template() with { PercentageValue = 100m }).Percentage, Is.EqualTo(100m));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Map_MissingId_IsInvalidWithNullId(string? id)
    {
        var view = WalletOfferMapper.Map(WalletOf(Template() with { Id = id, DollarValue = 5m }), Now);

        Assert.That(view.NotOffered, Is.EqualTo(new[] { new RejectedTemplate(null, NotOfferedReason.Invalid) }));
    }

    [Test]
    public void Map_DuplicateIds_KeepTheFirst()
    {
        var wallet = WalletOf(
            Template() with { Id = "7", DollarValue = 5m },
            Template() with { Id = " 7 ", DollarValue = 500m },
            Template() with { Id = "8", PercentageValue = 10m });

        var view = WalletOfferMapper.Map(wallet, Now);

        Assert.Multiple(() =>
        {
            Assert.That(view.Offers.Select(o => (o.TemplateId, o.Amount)), Is.EqualTo(new (string, decimal?)[] { ("7", 5m), ("8", null) }));
            Assert.That(view.NotOffered, Is.EqualTo(new[] { new RejectedTemplate("7", NotOfferedReason.Duplicate) }));
        });
    }

    [Test]
    public void Map_NullTemplateEntry_IsInvalid()
    {
        var view = WalletOfferMapper.Map(new Wallet { DiscountTemplates = [null!, Template() with { DollarValue = 1m }] }, Now);

        Assert.Multiple(() =>
        {
            Assert.That(view.Offers, Has.Count.EqualTo(1));
            Assert.That(view.NotOffered, Is.EqualTo(new[] { new RejectedTemplate(null, NotOfferedReason.Invalid) }));
        });
    }

    [Test]
    public void Map_TextIsTrimmedCappedAndLeftUnencoded()
    {
        var longName = "<b>" + new string('n', 300);

        var offer = SingleOffer(Template() with { DollarValue = 5m, Name = "  " + longName, PageTitle = "  <script>x</script> " });

        Assert.Multiple(() =>
        {
            Assert.That(offer.Name, Is.EqualTo(longName[..WalletOfferMapper.MaxTextLength]));
            Assert.That(offer.Title, Is.EqualTo("<script>x</script>"));
        });
    }

    [Test]
    public void Map_CapNeverSplitsASurrogatePair()
    {
        var name = new string('n', WalletOfferMapper.MaxTextLength - 1) + "\U0001F600tail";

        var offer = SingleOffer(Template() with { DollarValue = 5m, Name = name });

        Assert.That(offer.Name, Is.EqualTo(new string('n', WalletOfferMapper.MaxTextLength - 1)));
    }

    [Test]
    public void Map_BlankName_FallsBackToTitleThenId()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SingleOffer(Template() with { DollarValue = 5m, Name = " ", PageTitle = "$5 OFF" }).Name, Is.EqualTo("$5 OFF"));
            Assert.That(SingleOffer(Template() with { DollarValue = 5m, Name = null, PageTitle = null }).Name, Is.EqualTo("1010"));
        });
    }

    [TestCase("https://cdn.example/a.png", "https://cdn.example/a.png")]
    [TestCase("http://cdn.example/a.png", "http://cdn.example/a.png")]
    [TestCase("//cdn.example/a.png", null)]
    [TestCase("/img/a.png", null)]
    [TestCase("javascript:alert(1)", null)]
    [TestCase("data:image/png;base64,AAAA", null)]
    [TestCase(null, null)]
    public void Map_ImageUrl_OnlyAbsoluteHttp(string? avatar, string? expected)
    {
        Assert.That(SingleOffer(Template() with { DollarValue = 5m, Avatar = avatar }).ImageUrl, Is.EqualTo(expected));
    }

    private static DiscountTemplate Template() => new()
    {
        Id = "1010",
        Name = "Reward",
        RedemptionUrl = RedeemUrl
    };

    private static Wallet WalletOf(params DiscountTemplate[] templates) => new() { ContactId = "c_1", DiscountTemplates = templates };

    private static RewardOffer SingleOffer(DiscountTemplate template)
    {
        var view = WalletOfferMapper.Map(WalletOf(template), Now);
        Assert.That(view.NotOffered, Is.Empty, () => string.Join(", ", view.NotOffered));
        return view.Offers.Single();
    }

    private static NotOfferedReason SingleRejection(DiscountTemplate template)
    {
        var view = WalletOfferMapper.Map(WalletOf(template), Now);
        Assert.That(view.Offers, Is.Empty);
        return view.NotOffered.Single().Reason;
    }
}
