using System.Net;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class SignupTests : SandboxTestBase
{
    private static object NewMember(bool smsOptIn = true) => new
    {
        mobilePhone = DemoShoppers.NonMemberPhone,
        email = "new@example.com",
        firstName = "Nia",
        lastName = "New",
        loyalty = true,
        smsoptin = smsOptIn,
        emailOptIn = false,
        favoriteStore = "Main St",
        favoriteStoreID = 12,
        customAttributes = new[] { new { key = "source", value = "nopCommerce" } },
    };

    [Test]
    public async Task Signup_ThenWallet_HasTheWelcomeGift()
    {
        using var signup = await PostAsync("api/v2/loyalty", NewMember());
        var created = await AssertOkAsync(signup);

        var wallet = await WalletAsync(DemoShoppers.NonMemberPhone);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created["created"]!.GetValue<bool>(), Is.True);
            Assert.That((string?)created["contactID"], Does.StartWith("c_"));
            Assert.That((string?)wallet["contactID"], Is.EqualTo((string?)created["contactID"]));
            Assert.That((int)wallet["loyaltyPoints"]!, Is.Zero);
            Assert.That(wallet["discountTemplates"]!.AsArray().Select(t => (string?)t!["pageTitle"]), Is.EqualTo(new[] { "$5 welcome gift" }));
            Assert.That(Template(wallet, "2001")!["available"]!.GetValue<bool>(), Is.True);
        }
    }

    [Test]
    public async Task Signup_RecordsOptInsAndStoreAsSent()
    {
        using (await PostAsync("api/v2/loyalty", NewMember(smsOptIn: false)))
        {
        }

        var shopper = await ShopperAsync(DemoShoppers.NonMemberPhone);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shopper["optIns"]!["smsoptin"]!.GetValue<bool>(), Is.False);
            Assert.That(shopper["optIns"]!["emailOptIn"]!.GetValue<bool>(), Is.False);
            Assert.That(shopper["optIns"]!["loyalty"]!.GetValue<bool>(), Is.True);
            Assert.That((long)shopper["favoriteStoreID"]!, Is.EqualTo(12));
            Assert.That((string?)shopper["customAttributes"]![0]!["value"], Is.EqualTo("nopCommerce"));
        }
    }

    [Test]
    public async Task Signup_ExistingEmail_UpdatesNamesAndKeepsPoints()
    {
        using var response = await PostAsync("api/v2/loyalty", new { email = "ANN@example.com", firstName = "Annie", smsoptin = true });

        var data = await AssertOkAsync(response);
        var shopper = await ShopperAsync(DemoShoppers.AnnPhone);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(data["created"]!.GetValue<bool>(), Is.False);
            Assert.That((string?)data["contactID"], Is.EqualTo(DemoShoppers.AnnContactId));
            Assert.That((string?)shopper["firstName"], Is.EqualTo("Annie"));
            Assert.That((int)shopper["loyaltyPoints"]!, Is.EqualTo(DemoShoppers.AnnPoints));
            Assert.That(shopper["optIns"]!["smsoptin"]!.GetValue<bool>(), Is.True);
        }
    }

    [TestCase("{\"firstName\": \"Nobody\"}")]
    [TestCase("{\"mobilePhone\": \"+1 303 555 0199\"}")]
    [TestCase("{\"mobilePhone\": \"303555019\"}")]
    [TestCase("{\"email\": \"not-an-email\"}")]
    [TestCase("{\"mobilePhone\": \"3035550199\", \"favoriteStoreID\": \"12\"}")]
    public async Task InvalidSignup_Is400_AndCreatesNobody(string body)
    {
        using var response = await PostAsync("api/v2/loyalty", Raw(body));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        using var lookup = await SendAsync(HttpMethod.Get, $"api/v2/loyalty/lookup/{DemoShoppers.NonMemberPhone}");
        Assert.That(lookup.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase(DemoShoppers.AnnPhone)]
    [TestCase("Ann@Example.com")]
    public async Task Lookup_FindsAMember(string pii)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/v2/loyalty/lookup/{Uri.EscapeDataString(pii)}");

        var data = await AssertOkAsync(response);
        Assert.That((string?)data["contactID"], Is.EqualTo(DemoShoppers.AnnContactId));
        Assert.That(data["loyalty"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Lookup_NonMember_Is404_UntilSignedUp()
    {
        using var before = await SendAsync(HttpMethod.Get, $"api/v2/loyalty/lookup/{DemoShoppers.NonMemberPhone}");
        using (await PostAsync("api/v2/loyalty", NewMember()))
        {
        }

        using var after = await SendAsync(HttpMethod.Get, $"api/v2/loyalty/lookup/{DemoShoppers.NonMemberPhone}");

        await AssertErrorAsync(before, HttpStatusCode.NotFound);
        await AssertOkAsync(after);
    }
}
