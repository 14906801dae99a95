using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Wire;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Client;

/// <summary>Typed errors for what the sandbox really answers, and the key kept out of every message.</summary>
[TestFixture]
public class AiqClientErrorTests : AiqClientSandboxTestBase
{
    private const string SecretKey = "wrong-key-S3CRET-9f8e7d";

    private static readonly ContactIdentity NonMember = ContactIdentity.Phone(NonMemberPhone);

    [Test]
    public async Task SendingACodeToAnUnknownShopperIsContactNotFound()
    {
        var result = await Client().SendVerificationCodeAsync(NonMember);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.ContactNotFound));
            Assert.That(result.Error?.HttpStatus, Is.EqualTo(404));
            Assert.That(result.Error?.Message, Does.Contain("No shopper exists"));
        });
    }

    [Test]
    public async Task WalletOfAnUnknownShopperIsContactNotFound()
    {
        var result = await Client().GetWalletAsync(NonMember);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.ContactNotFound));
            Assert.That(result.Value, Is.Null);
        });
    }

    [Test]
    public async Task WalletOfAnUnknownEmailIsContactNotFound()
    {
        var result = await Client().GetWalletAsync(ContactIdentity.Email("nobody@example.com"));

        Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.ContactNotFound));
    }

    [Test]
    public async Task AWrongKeyIsUnauthorized()
    {
        var client = Client(o => o with { ApiKey = SecretKey });

        var wallet = await client.GetWalletAsync(Ann);
        var code = await client.SendVerificationCodeAsync(Ann);

        Assert.Multiple(() =>
        {
            Assert.That(wallet.Error?.Kind, Is.EqualTo(AiqErrorKind.Unauthorized));
            Assert.That(wallet.Error?.HttpStatus, Is.EqualTo(403));
            Assert.That(code.Error?.Kind, Is.EqualTo(AiqErrorKind.Unauthorized));
        });
        Assert.That(await LatestCodeStatusAsync(AnnPhone), Is.EqualTo(System.Net.HttpStatusCode.NotFound), "no code may be sent with a wrong key");
    }

    [Test]
    public async Task ARateLimitSurfacesAsRateLimitedWithRetryAfter()
    {
        await AddFaultAsync("/api/v2/wallet", status: 429);

        var result = await Client(o => o with { MaxRetries = 0 }).GetWalletAsync(Ann);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.RateLimited));
            Assert.That(result.Error?.HttpStatus, Is.EqualTo(429));
            Assert.That(result.Error?.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(result.Error?.IsTransient, Is.True);
        });
    }

    [Test]
    public async Task A503IsUnavailableWithItsStatus()
    {
        await AddFaultAsync("/api/v2/wallet", status: 503);

        var result = await Client(o => o with { MaxRetries = 0 }).GetWalletAsync(Ann);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
            Assert.That(result.Error?.HttpStatus, Is.EqualTo(503));
            Assert.That(result.Error?.OutcomeUnknown, Is.False);
        });
    }

    [Test]
    public async Task A503ThatOutlastsTheRetriesIsUnavailable()
    {
        await AddFaultAsync("/api/v2/wallet", status: 503, times: 5);

        var result = await Client(o => o with { MaxRetries = 2 }).GetWalletAsync(Ann);

        Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
        Assert.That(await CallsAsync(WalletCall), Is.EqualTo(3));
    }

    [Test]
    public async Task RedeemingAnUnknownTokenIsRejected()
    {
        var result = await Client().RedeemAsync($"{BaseUrl}/api/v1.1/discount/redeem/{SandboxHost.DemoUid}/1010/not-a-token");

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Rejected));
            Assert.That(result.Error?.HttpStatus, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task RedeemingWithoutEnoughPointsIsRejectedAndTakesNothing()
    {
        var client = Client();
        var url = await RedemptionUrlAsync(client, CaraPhone, "1020");

        var result = await client.RedeemAsync(url);

        Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Rejected));
        Assert.That(await RealPointsAsync(CaraPhone), Is.EqualTo(100));
    }

    [Test]
    public async Task ARedemptionUrlOnAnotherPortIsRefusedWithoutACall()
    {
        var client = Client();
        var url = new UriBuilder(await RedemptionUrlAsync(client, AnnPhone, Template1010)) { Port = FreePort() }.Uri.ToString();

        var result = await client.RedeemAsync(url);

        Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.RedemptionUrlRefused));
        Assert.That(await RealPointsAsync(AnnPhone), Is.EqualTo(AnnPoints));
    }

    [Test]
    public async Task AdjustingAnUnknownContactIsRejected()
    {
        var result = await Client().AdjustPointsAsync("c_nobody", 10, "note");

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Rejected));
            Assert.That(result.Error?.HttpStatus, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task TheApiKeyNeverAppearsInAnyErrorMessage()
    {
        var wrongKey = Client(o => o with { ApiKey = SecretKey, MaxRetries = 0 });
        var demo = Client(o => o with { MaxRetries = 0, AttemptTimeout = TimeSpan.FromMilliseconds(200), TotalTimeout = TimeSpan.FromMilliseconds(400) });
        var port = FreePort();
        var unreachable = Client(o => o with { ApiKey = SecretKey, BaseUrl = $"http://127.0.0.1:{port}", MaxRetries = 0 });
        var errors = new List<AiqError?>();

        // Refused key, on every kind of call.
        errors.Add((await wrongKey.SendVerificationCodeAsync(Ann)).Error);
        errors.Add((await wrongKey.ViewWalletWithCodeAsync(Ann, "1234")).Error);
        errors.Add((await wrongKey.GetWalletAsync(Ann, includeBadges: true)).Error);
        errors.Add((await wrongKey.SignupAsync(new SignupRequest { MobilePhone = AnnPhone, Loyalty = true })).Error);
        errors.Add((await wrongKey.OptInAsync(Ann, true, true, true)).Error);
        errors.Add((await wrongKey.LookupAsync(Ann)).Error);
        errors.Add((await wrongKey.RedeemAsync($"{BaseUrl}/api/v1.1/discount/redeem/{SandboxHost.DemoUid}/1010/tok")).Error);
        errors.Add((await wrongKey.AdjustPointsAsync(AnnContactId, 5, "n")).Error);
        errors.Add((await wrongKey.SendAbandonedCartAsync(new { id = "c1" })).Error);
        errors.Add((await wrongKey.GetStoresAsync()).Error);

        // Transport failures and faults with the real key.
        errors.Add((await unreachable.GetWalletAsync(Ann)).Error);
        errors.Add((await unreachable.RedeemAsync($"http://127.0.0.1:{port}/api/v1.1/discount/redeem/1546/1010/tok")).Error);
        await AddFaultAsync("/api/v2/wallet", status: 429);
        errors.Add((await demo.GetWalletAsync(Ann)).Error);
        await AddFaultAsync("/api/v2/wallet", status: 500);
        errors.Add((await demo.GetWalletAsync(Ann)).Error);
        await AddFaultAsync("/api/v2/wallet", delayMs: 2000);
        errors.Add((await demo.GetWalletAsync(Ann)).Error);
        await AddFaultAsync("/api/v1.1/discount/redeem", drop: true);
        errors.Add((await demo.RedeemAsync($"{BaseUrl}/api/v1.1/discount/redeem/{SandboxHost.DemoUid}/1010/tok")).Error);
        errors.Add((await demo.GetWalletAsync(ContactIdentity.Phone(NonMemberPhone))).Error);

        var failures = errors.OfType<AiqError>().ToList();
        Assert.That(failures, Has.Count.EqualTo(17), "every call above should have failed");
        Assert.Multiple(() =>
        {
            foreach (var error in failures)
            {
                Assert.That(error.Message, Is.Not.Empty);
                Assert.That(error.Message, Does.Not.Contain(SecretKey).IgnoreCase, $"{error.Kind}");
                Assert.That(error.Message, Does.Not.Contain(SandboxHost.DemoApiKey).IgnoreCase, $"{error.Kind}");
                Assert.That(error.ToString(), Does.Not.Contain(SecretKey).And.Not.Contain(SandboxHost.DemoApiKey));
            }
        });
        Assert.That(failures.Select(e => e.Kind), Is.SupersetOf(new[]
        {
            AiqErrorKind.Unauthorized, AiqErrorKind.Unavailable, AiqErrorKind.RateLimited,
            AiqErrorKind.Timeout, AiqErrorKind.ContactNotFound
        }));
    }
}
