using System.Net;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class VerificationTests : SandboxTestBase
{
    [Test]
    public async Task Verify_ThenReadCode_ThenViewWallet()
    {
        using var verify = await PostAsync("api/v2/verify/contact/wallet", new { phone = DemoShoppers.AnnPhone });
        var sent = await AssertOkAsync(verify);
        var code = await LatestCodeAsync($"phone={DemoShoppers.AnnPhone}");

        using var view = await PostAsync("api/v2/view/contact/wallet", new { phone = DemoShoppers.AnnPhone, code });

        var wallet = await AssertOkAsync(view);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent["sent"]!.GetValue<bool>(), Is.True);
            Assert.That(code, Does.Match("^[0-9]{4}$"));
            Assert.That((string?)wallet["contactID"], Is.EqualTo(DemoShoppers.AnnContactId));
            Assert.That((int)wallet["loyaltyPoints"]!, Is.EqualTo(DemoShoppers.AnnPoints));
            Assert.That(wallet["discountTemplates"]!.AsArray(), Has.Count.EqualTo(7));
        }
    }

    [Test]
    public async Task Verify_ByEmail_IgnoresCase_AndCodeIsReadableByEmail()
    {
        using var verify = await PostAsync("api/v2/verify/contact/wallet", new { email = "ANN@Example.com" });
        await AssertOkAsync(verify);
        var code = await LatestCodeAsync($"email={DemoShoppers.AnnEmail}");

        using var view = await PostAsync("api/v2/view/contact/wallet", new { email = DemoShoppers.AnnEmail, code });

        Assert.That((string?)(await AssertOkAsync(view))["contactID"], Is.EqualTo(DemoShoppers.AnnContactId));
    }

    [Test]
    public async Task Verify_PhoneWinsOverEmail()
    {
        using var verify = await PostAsync("api/v2/verify/contact/wallet", new { phone = DemoShoppers.NonMemberPhone, email = DemoShoppers.AnnEmail });

        var message = await AssertErrorAsync(verify, HttpStatusCode.NotFound);
        Assert.That(message, Is.EqualTo("No shopper exists with phone number"));
    }

    [Test]
    public async Task Verify_UnknownEmail_Is404()
    {
        using var verify = await PostAsync("api/v2/verify/contact/wallet", new { email = "nobody@example.com" });

        Assert.That(await AssertErrorAsync(verify, HttpStatusCode.NotFound), Is.EqualTo("No shopper exists with email"));
    }

    [Test]
    public async Task Verify_WithoutPhoneOrEmail_Is400()
    {
        using var verify = await PostAsync("api/v2/verify/contact/wallet", new { name = "Ann" });

        await AssertErrorAsync(verify, HttpStatusCode.BadRequest);
    }

    [TestCase("+13035550101")]
    [TestCase("303555010")]
    [TestCase("303-555-0101")]
    public async Task Verify_PhoneNotTenDigits_Is400(string phone)
    {
        using var verify = await PostAsync("api/v2/verify/contact/wallet", new { phone });

        await AssertErrorAsync(verify, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task View_WrongCode_Is401()
    {
        var code = await SendCodeAsync(DemoShoppers.AnnPhone);
        var wrong = ((int.Parse(code) + 1) % 10000).ToString("D4");

        using var view = await PostAsync("api/v2/view/contact/wallet", new { phone = DemoShoppers.AnnPhone, code = wrong });

        Assert.That(await AssertErrorAsync(view, HttpStatusCode.Unauthorized), Is.EqualTo("Invalid or expired verification code"));
    }

    [Test]
    public async Task View_WhenNoCodeWasSent_Is401()
    {
        using var view = await PostAsync("api/v2/view/contact/wallet", new { phone = DemoShoppers.DanPhone, code = "1234" });

        await AssertErrorAsync(view, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task View_UnknownShopper_Is404()
    {
        using var view = await PostAsync("api/v2/view/contact/wallet", new { phone = DemoShoppers.NonMemberPhone, code = "1234" });

        await AssertErrorAsync(view, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Resend_ReplacesThePreviousCode()
    {
        var first = await SendCodeAsync(DemoShoppers.AnnPhone);
        var second = first;
        for (var i = 0; i < 10 && second == first; i++)
        {
            second = await SendCodeAsync(DemoShoppers.AnnPhone);
        }

        Assume.That(second, Is.Not.EqualTo(first), "ten identical random codes in a row");
        using var old = await PostAsync("api/v2/view/contact/wallet", new { phone = DemoShoppers.AnnPhone, code = first });
        using var current = await PostAsync("api/v2/view/contact/wallet", new { phone = DemoShoppers.AnnPhone, code = second });

        await AssertErrorAsync(old, HttpStatusCode.Unauthorized);
        await AssertOkAsync(current);
    }

    [Test]
    public async Task Reset_ForgetsCodes()
    {
        await SendCodeAsync(DemoShoppers.AnnPhone);

        await ResetSandboxAsync();

        using var latest = await Client.GetAsync($"_sandbox/codes/latest?phone={DemoShoppers.AnnPhone}");
        Assert.That(latest.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
