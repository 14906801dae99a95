using System.Globalization;
using System.Text.Json.Nodes;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Wire;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Client;

/// <summary>Every call of <see cref="IAiqClient"/> against the sandbox over real loopback HTTP.</summary>
[TestFixture]
public class AiqClientEndpointTests : AiqClientSandboxTestBase
{
    [Test]
    public async Task SendVerificationCodeMakesTheSandboxSendACode()
    {
        var result = await Client().SendVerificationCodeAsync(Ann);

        Assert.That(result.IsSuccess, Is.True, () => $"{result.Error}");
        Assert.That(await LatestCodeAsync(AnnPhone), Does.Match("^[0-9]{4}$"));
    }

    [Test]
    public async Task ViewWalletWithTheRightCodeReturnsTheWallet()
    {
        var client = Client();
        Assert.That((await client.SendVerificationCodeAsync(Ann)).IsSuccess, Is.True);
        var code = await LatestCodeAsync(AnnPhone);

        var result = await client.ViewWalletWithCodeAsync(Ann, code);

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        var wallet = result.Value!;
        var ids = wallet.DiscountTemplates!.Select(t => t.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(wallet.ContactId, Is.EqualTo(AnnContactId));
            Assert.That(wallet.LoyaltyPoints, Is.EqualTo(AnnPoints));
            Assert.That(wallet.HidePointsInWallet, Is.False);
            Assert.That(ids, Is.EqualTo(new[] { "1010", "1020", "1030", "1040", "1050", "1060", "1070" }));
            Assert.That(wallet.DiscountTemplates!.Select(t => t.RedemptionUrl),
                Has.All.StartsWith(BaseUrl + "/api/v1.1/discount/redeem/" + SandboxHost.DemoUid + "/"));
            Assert.That(Template(wallet, Template1010)!.PointsDeduction, Is.EqualTo(Template1010Points));
        });
    }

    [Test]
    public async Task ViewWalletWithAWrongCodeIsInvalidCode()
    {
        var client = Client();
        Assert.That((await client.SendVerificationCodeAsync(Ann)).IsSuccess, Is.True);
        var code = int.Parse(await LatestCodeAsync(AnnPhone), CultureInfo.InvariantCulture);
        var wrong = ((code + 1) % 10_000).ToString("D4", CultureInfo.InvariantCulture);

        var result = await client.ViewWalletWithCodeAsync(Ann, wrong);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.InvalidCode));
            Assert.That(result.Error?.HttpStatus, Is.EqualTo(401));
            Assert.That(result.Value, Is.Null);
        });
    }

    [Test]
    public async Task ViewWalletWhenNoCodeWasSentIsInvalidCode()
    {
        Assert.That(await LatestCodeStatusAsync(DanPhone), Is.EqualTo(System.Net.HttpStatusCode.NotFound));

        var result = await Client().ViewWalletWithCodeAsync(ContactIdentity.Phone(DanPhone), "1234");

        Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.InvalidCode));
    }

    [Test]
    public async Task GetWalletWithoutBadgesHasNoAudiences()
    {
        var result = await Client().GetWalletAsync(Ann);

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Value!.ContactId, Is.EqualTo(AnnContactId));
            Assert.That(result.Value.LoyaltyPoints, Is.EqualTo(AnnPoints));
            Assert.That(result.Value.Audiences, Is.Null.Or.Empty);
            Assert.That(result.Value.DiscountTemplates, Has.Count.EqualTo(7));
        });
    }

    [Test]
    public async Task GetWalletWithBadgesHasAudiences()
    {
        var result = await Client().GetWalletAsync(Ann, includeBadges: true);

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        Assert.That(result.Value!.Audiences, Is.Not.Null.And.Not.Empty);
        Assert.That(result.Value.Audiences!.Select(a => a.Name), Has.All.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task GetWalletByEmailFindsTheSameShopper()
    {
        var result = await Client().GetWalletAsync(ContactIdentity.Email("  Ann@Example.com "));

        Assert.That(result.Value?.ContactId, Is.EqualTo(AnnContactId), () => $"{result.Error}");
    }

    [Test]
    public async Task HiddenPointsWalletShowsZeroAndTheFlag()
    {
        var result = await Client().GetWalletAsync(ContactIdentity.Phone(BenPhone));

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Value!.LoyaltyPoints, Is.Zero);
            Assert.That(result.Value.HidePointsInWallet, Is.True);
        });
        Assert.That(await RealPointsAsync(BenPhone), Is.EqualTo(800), "the real balance is only hidden, not zero");
    }

    [Test]
    public async Task SignupOfANewMemberCreatesItAndItsWalletHasTheWelcomeGift()
    {
        var client = Client();
        var signup = await client.SignupAsync(new SignupRequest
        {
            MobilePhone = NonMemberPhone,
            Email = "new.member@example.com",
            FirstName = "Nora",
            LastName = "New",
            Loyalty = true,
            SmsOptIn = true,
            EmailOptIn = false,
            FavoriteStore = "Main St",
            FavoriteStoreId = 12,
            CustomAttributes = [new CustomAttribute("source", "nopCommerce")]
        });

        Assert.That(signup.HasValue, Is.True, () => $"{signup.Error}");
        Assert.Multiple(() =>
        {
            Assert.That(signup.Value!.Created, Is.True);
            Assert.That(signup.Value.ContactId, Is.Not.Null.And.Not.EqualTo(AnnContactId));
        });

        var wallet = await client.GetWalletAsync(ContactIdentity.Phone(NonMemberPhone));
        Assert.That(wallet.HasValue, Is.True, () => $"{wallet.Error}");
        Assert.Multiple(() =>
        {
            Assert.That(wallet.Value!.ContactId, Is.EqualTo(signup.Value!.ContactId));
            Assert.That(wallet.Value.LoyaltyPoints, Is.Zero);
            Assert.That(wallet.Value.DiscountTemplates!.Select(t => t.Id), Is.EqualTo(new[] { WelcomeTemplate }));
            Assert.That(Template(wallet.Value, WelcomeTemplate)!.PointsDeduction, Is.Zero);
        });

        var stored = await ShopperAsync(NonMemberPhone);
        Assert.Multiple(() =>
        {
            Assert.That((string?)stored["firstName"], Is.EqualTo("Nora"));
            Assert.That((string?)stored["email"], Is.EqualTo("new.member@example.com"));
            Assert.That((long?)stored["favoriteStoreID"], Is.EqualTo(12));
            Assert.That((bool?)stored["optIns"]!["loyalty"], Is.True);
            Assert.That((bool?)stored["optIns"]!["smsoptin"], Is.True);
            Assert.That((bool?)stored["optIns"]!["emailOptIn"], Is.False);
        });
    }

    [Test]
    public async Task SignupOfAnExistingMemberKeepsItsContactAndPoints()
    {
        var signup = await Client().SignupAsync(new SignupRequest { MobilePhone = AnnPhone, Loyalty = true });

        Assert.That(signup.HasValue, Is.True, () => $"{signup.Error}");
        Assert.Multiple(() =>
        {
            Assert.That(signup.Value!.Created, Is.False);
            Assert.That(signup.Value.ContactId, Is.EqualTo(AnnContactId));
        });
        Assert.That(await RealPointsAsync(AnnPhone), Is.EqualTo(AnnPoints));
    }

    [Test]
    public async Task OptInRecordsTheConsentFlagsOnTheExistingContact()
    {
        var result = await Client().OptInAsync(ContactIdentity.Phone(CaraPhone), loyalty: true, sms: true, email: true);

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        Assert.That(result.Value!.Created, Is.False);
        var optIns = (await ShopperAsync(CaraPhone))["optIns"]!;
        Assert.Multiple(() =>
        {
            Assert.That((bool?)optIns["loyalty"], Is.True);
            Assert.That((bool?)optIns["smsoptin"], Is.True);
            Assert.That((bool?)optIns["emailOptIn"], Is.True);
        });
    }

    [Test]
    public async Task OptInByEmailRecordsTheFlagsAsGiven()
    {
        var result = await Client().OptInAsync(ContactIdentity.Email(AnnEmail), loyalty: true, sms: false, email: true);

        Assert.That(result.Value?.ContactId, Is.EqualTo(AnnContactId), () => $"{result.Error}");
        var optIns = (await ShopperAsync(AnnPhone))["optIns"]!;
        Assert.Multiple(() =>
        {
            Assert.That((bool?)optIns["smsoptin"], Is.False);
            Assert.That((bool?)optIns["emailOptIn"], Is.True);
        });
    }

    [Test]
    public async Task AnOptInThatIsNotGivenIsNotSentAndLeavesTheEarlierChoice()
    {
        await Client().OptInAsync(ContactIdentity.Email(AnnEmail), loyalty: null, sms: true, email: null);
        await Client().OptInAsync(ContactIdentity.Email(AnnEmail), loyalty: true, sms: null, email: null);

        var optIns = (await ShopperAsync(AnnPhone))["optIns"]!;
        Assert.That((bool?)optIns["smsoptin"], Is.True, "an unticked box never opts a shopper out");
    }

    [Test]
    public async Task LookupOfAMemberReturnsItsContact()
    {
        var result = await Client().LookupAsync(Ann);

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Value!.ContactId, Is.EqualTo(AnnContactId));
            Assert.That(result.Value.Loyalty, Is.True);
        });
    }

    [Test]
    public async Task LookupByEmailReturnsItsContact()
    {
        var result = await Client().LookupAsync(ContactIdentity.Email(AnnEmail));

        Assert.That(result.Value?.ContactId, Is.EqualTo(AnnContactId), () => $"{result.Error}");
    }

    [Test]
    public async Task LookupOfANonMemberIsContactNotFound()
    {
        var result = await Client().LookupAsync(ContactIdentity.Phone(NonMemberPhone));

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.ContactNotFound));
            Assert.That(result.Error?.HttpStatus, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task RedeemDeductsThePointsOnceAndASecondRedeemIsAlreadyRedeemed()
    {
        var client = Client();
        var url = await RedemptionUrlAsync(client, AnnPhone, Template1010);

        var first = await client.RedeemAsync(url);

        Assert.That(first.IsSuccess, Is.True, () => $"{first.Error}");
        Assert.That(first.Value!.LoyaltyPoints, Is.EqualTo(AnnPoints - Template1010Points));
        Assert.That(await RealPointsAsync(AnnPhone), Is.EqualTo(AnnPoints - Template1010Points));

        var second = await client.RedeemAsync(url);

        Assert.Multiple(() =>
        {
            Assert.That(second.IsSuccess, Is.False);
            Assert.That(second.Error?.Kind, Is.EqualTo(AiqErrorKind.AlreadyRedeemed));
            Assert.That(second.Error?.HttpStatus, Is.EqualTo(409));
            Assert.That(second.Error?.OutcomeUnknown, Is.False);
        });
        Assert.That(await RealPointsAsync(AnnPhone), Is.EqualTo(AnnPoints - Template1010Points));
    }

    [Test]
    public async Task EcommerceRedemptionRecordsNoTransactionId()
    {
        var client = Client();
        var url = await RedemptionUrlAsync(client, AnnPhone, Template1010);

        var result = await client.RedeemAsync(url);

        Assert.That(result.IsSuccess, Is.True, () => $"{result.Error}");
        var redemption = (await ShopperAsync(AnnPhone))["redemptions"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)redemption["templateId"], Is.EqualTo(Template1010));
            Assert.That((long?)redemption["points"], Is.EqualTo(Template1010Points));
            Assert.That((string?)redemption["transactionId"], Is.Null);
        });
    }

    [Test]
    public async Task PosRedemptionAppendsTheTransactionId()
    {
        var client = Client();
        var url = await RedemptionUrlAsync(client, AnnPhone, Template1010);

        var result = await client.RedeemAsync(url, posTransactionId: "POS-TX-4711");

        Assert.That(result.IsSuccess, Is.True, () => $"{result.Error}");
        var redemption = (await ShopperAsync(AnnPhone))["redemptions"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)redemption["templateId"], Is.EqualTo(Template1010));
            Assert.That((string?)redemption["transactionId"], Is.EqualTo("POS-TX-4711"));
        });
        Assert.That(await CallsAsync(RedeemCall + "/{transactionId}"), Is.EqualTo(1));
        Assert.That(await CallsAsync(RedeemCall), Is.Zero);
    }

    [Test]
    public async Task RedeemOfAReusableTemplateCanBeRepeated()
    {
        var client = Client();
        var url = await RedemptionUrlAsync(client, AnnPhone, "1070");

        var first = await client.RedeemAsync(url);
        var second = await client.RedeemAsync(url);

        Assert.Multiple(() =>
        {
            Assert.That(first.IsSuccess, Is.True, () => $"{first.Error}");
            Assert.That(second.IsSuccess, Is.True, () => $"{second.Error}");
            Assert.That(second.Value?.LoyaltyPoints, Is.EqualTo(AnnPoints - 100));
        });
    }

    [Test]
    public async Task AdjustPointsAddsPointsAndRecordsTheNote()
    {
        const string note = "nop-order-42:refund";

        var result = await Client().AdjustPointsAsync(AnnContactId, 300, note);

        Assert.That(result.IsSuccess, Is.True, () => $"{result.Error}");
        Assert.That(result.Value!.LoyaltyPoints, Is.EqualTo(AnnPoints + 300));
        var shopper = await ShopperAsync(AnnPhone);
        var adjustment = shopper["adjustments"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That((long?)shopper["loyaltyPoints"], Is.EqualTo(AnnPoints + 300));
            Assert.That((long?)adjustment["value"], Is.EqualTo(300));
            Assert.That((string?)adjustment["note"], Is.EqualTo(note));
        });
    }

    [Test]
    public async Task AdjustPointsCanDeduct()
    {
        var result = await Client().AdjustPointsAsync(AnnContactId, -33, "nop-order-43:deduct");

        Assert.That(result.Value?.LoyaltyPoints, Is.EqualTo(AnnPoints - 33), () => $"{result.Error}");
        Assert.That(await RealPointsAsync(AnnPhone), Is.EqualTo(AnnPoints - 33));
    }

    [Test]
    public async Task AbandonedCartPayloadIsStoredBySandbox()
    {
        var payload = new JsonObject
        {
            ["cartID"] = "cart-77",
            ["status"] = "Abandoned",
            ["url"] = "https://shop.example.com/cart?c=77",
            ["customer"] = new JsonObject { ["name"] = "Ann Lee", ["phone"] = AnnPhone },
            ["products"] = new JsonArray(new JsonObject { ["id"] = "p1", ["name"] = "Gummies", ["price"] = 12.5, ["quantity"] = 2 }),
            ["totals"] = new JsonObject { ["total"] = 25.0 }
        };

        var result = await Client().SendAbandonedCartAsync(payload);

        Assert.That(result.IsSuccess, Is.True, () => $"{result.Error}");
        var cart = (await CartsAsync()).Single()!;
        var body = cart["body"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)cart["uid"], Is.EqualTo(SandboxHost.DemoUid));
            Assert.That((string?)body["cartID"], Is.EqualTo("cart-77"));
            Assert.That((string?)body["customer"]!["phone"], Is.EqualTo(AnnPhone));
            Assert.That((int?)body["products"]![0]!["quantity"], Is.EqualTo(2));
            Assert.That((string?)body["url"], Is.EqualTo("https://shop.example.com/cart?c=77"));
        });
    }

    [Test]
    public async Task AbandonedCartAsATypedObjectIsSerializedByItsRuntimeType()
    {
        object payload = new { cartId = "cart-78", status = "Abandoned", total = 9.99m };

        var result = await Client().SendAbandonedCartAsync(payload);

        Assert.That(result.IsSuccess, Is.True, () => $"{result.Error}");
        var body = (await CartsAsync()).Single()!["body"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["cartId"], Is.EqualTo("cart-78"));
            Assert.That((decimal?)body["total"], Is.EqualTo(9.99m));
        });
    }

    [Test]
    public async Task GetStoresListsTheAccountsStores()
    {
        var result = await Client().GetStoresAsync();

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        Assert.That(result.Value!.Stores!.Select(s => (s.Id, s.Name)),
            Is.EqualTo(new[] { (12L, (string?)"Main St"), (13L, (string?)"Downtown") }));
    }

    [Test]
    public async Task TestConnectionWithTheDemoCredentialsIsConnected()
    {
        var check = await Client().TestConnectionAsync();

        Assert.Multiple(() =>
        {
            Assert.That(check.Outcome, Is.EqualTo(ConnectionCheckOutcome.Connected));
            Assert.That(check.Succeeded, Is.True);
            Assert.That(check.Detail, Does.Contain("2 store(s)").And.Not.Contain(SandboxHost.DemoApiKey));
        });
    }

    [Test]
    public async Task TestConnectionWithAWrongKeyIsBadApiKey()
    {
        var check = await Client(o => o with { ApiKey = "not-a-real-key" }).TestConnectionAsync();

        Assert.That(check.Outcome, Is.EqualTo(ConnectionCheckOutcome.BadApiKey));
        Assert.That(check.Detail, Does.Not.Contain("not-a-real-key"));
    }

    [Test]
    public async Task TestConnectionWithAnotherAccountsUidIsBadUid()
    {
        var check = await Client(o => o with { Uid = SandboxDefaults.OtherUid }).TestConnectionAsync();

        Assert.That(check.Outcome, Is.EqualTo(ConnectionCheckOutcome.BadUid));
    }

    [Test]
    public async Task TestConnectionWithTheOtherAccountsOwnCredentialsIsConnected()
    {
        var check = await Client(o => o with { ApiKey = SandboxDefaults.OtherApiKey, Uid = SandboxDefaults.OtherUid }).TestConnectionAsync();

        Assert.That(check.Outcome, Is.EqualTo(ConnectionCheckOutcome.Connected));
    }

    [Test]
    public async Task TestConnectionWithNothingListeningIsUnreachable()
    {
        var port = FreePort();
        var started = DateTime.UtcNow;

        var check = await Client(o => o with { BaseUrl = $"http://127.0.0.1:{port}", MaxRetries = 0 }).TestConnectionAsync();

        Assert.That(check.Outcome, Is.EqualTo(ConnectionCheckOutcome.Unreachable));
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task NothingListeningIsUnavailableAndKnownNotToHaveBeenSent()
    {
        var port = FreePort();
        var client = Client(o => o with { BaseUrl = $"http://127.0.0.1:{port}", MaxRetries = 0 });

        var result = await client.RedeemAsync($"http://127.0.0.1:{port}/api/v1.1/discount/redeem/1546/1010/token");

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
            Assert.That(result.Error?.OutcomeUnknown, Is.False);
            Assert.That(result.Error?.HttpStatus, Is.Null);
        });
    }
    [Test]
    public async Task ABaseUrlWithATrailingSlashWorksForCallsAndRedemptions()
    {
        var client = Client(o => o with { BaseUrl = BaseUrl + "/" });
        var url = await RedemptionUrlAsync(client, AnnPhone, Template1010);

        var redeemed = await client.RedeemAsync(url);
        var stores = await client.GetStoresAsync();

        Assert.That(redeemed.IsSuccess, Is.True, () => $"{redeemed.Error}");
        Assert.That(stores.Value?.Stores, Has.Count.EqualTo(2), () => $"{stores.Error}");
    }
}
