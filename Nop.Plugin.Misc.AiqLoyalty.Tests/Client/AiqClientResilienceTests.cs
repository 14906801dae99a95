using System.Diagnostics;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Wire;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Client;

/// <summary>
/// Retries, timeouts and dropped connections with the sandbox's fault injection, counted on the
/// sandbox's side (<c>/_sandbox/calls</c> counts every request, faulted or not).
/// </summary>
[TestFixture]
public class AiqClientResilienceTests : AiqClientSandboxTestBase
{
    private const string RedeemPath = "/api/v1.1/discount/redeem";

    [Test]
    public async Task WalletReadIsRetriedThroughTwo503s()
    {
        await AddFaultAsync("/api/v2/wallet", status: 503, times: 2);

        var result = await Client(o => o with { MaxRetries = 2 }).GetWalletAsync(Ann);

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        Assert.That(result.Value!.ContactId, Is.EqualTo(AnnContactId));
        Assert.That(await CallsAsync(WalletCall), Is.EqualTo(3));
    }

    [Test]
    public async Task ViewWalletWithCodeIsRetriedThroughA503()
    {
        var client = Client(o => o with { MaxRetries = 1 });
        Assert.That((await client.SendVerificationCodeAsync(Ann)).IsSuccess, Is.True);
        var code = await LatestCodeAsync(AnnPhone);
        await AddFaultAsync("/api/v2/view/contact/wallet", status: 503);

        var result = await client.ViewWalletWithCodeAsync(Ann, code);

        Assert.That(result.Value?.ContactId, Is.EqualTo(AnnContactId), () => $"{result.Error}");
        Assert.That(await CallsAsync("POST /api/v2/view/contact/wallet"), Is.EqualTo(2));
    }

    [Test]
    public async Task SendingACodeIsNeverRetried()
    {
        await AddFaultAsync("/api/v2/verify/contact/wallet", status: 503, times: 1);

        var result = await Client(o => o with { MaxRetries = 2 }).SendVerificationCodeAsync(Ann);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
            Assert.That(result.Error?.HttpStatus, Is.EqualTo(503));
        });
        Assert.That(await CallsAsync(SendCodeCall), Is.EqualTo(1));
        Assert.That(await LatestCodeStatusAsync(AnnPhone), Is.EqualTo(System.Net.HttpStatusCode.NotFound), "the shopper was never texted");
    }

    [Test]
    public async Task AFailedRedemptionIsNotRetriedAndTheNextOneDeductsExactlyOnce()
    {
        var client = Client(o => o with { MaxRetries = 2 });
        var url = await RedemptionUrlAsync(client, AnnPhone, Template1010);
        await AddFaultAsync(RedeemPath, status: 503, method: "PUT");

        var failed = await client.RedeemAsync(url);

        Assert.Multiple(() =>
        {
            Assert.That(failed.Error?.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
            Assert.That(failed.Error?.HttpStatus, Is.EqualTo(503));
        });
        Assert.That(await CallsAsync(RedeemCall), Is.EqualTo(1));
        Assert.That(await RealPointsAsync(AnnPhone), Is.EqualTo(AnnPoints));

        await ClearFaultsAsync();
        var retried = await client.RedeemAsync(url);

        Assert.That(retried.IsSuccess, Is.True, () => $"{retried.Error}");
        Assert.That(await CallsAsync(RedeemCall), Is.EqualTo(2));
        var shopper = await ShopperAsync(AnnPhone);
        Assert.Multiple(() =>
        {
            Assert.That((long?)shopper["loyaltyPoints"], Is.EqualTo(AnnPoints - Template1010Points));
            Assert.That(shopper["redemptions"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task ADroppedRedemptionIsUnavailableWithOutcomeUnknownAndTakesNoPoints()
    {
        var client = Client(o => o with { MaxRetries = 2 });
        var url = await RedemptionUrlAsync(client, AnnPhone, Template1010);
        await AddFaultAsync(RedeemPath, drop: true, method: "PUT");

        var result = await client.RedeemAsync(url);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.False, "the connection was dropped: the call must not report success");
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
            Assert.That(result.Error?.OutcomeUnknown, Is.True);
            Assert.That(result.Error?.HttpStatus, Is.Null);
        });
        Assert.That(await CallsAsync(RedeemCall), Is.EqualTo(1), "a redemption must reach AIQ at most once");
        var shopper = await ShopperAsync(AnnPhone);
        Assert.Multiple(() =>
        {
            Assert.That((long?)shopper["loyaltyPoints"], Is.EqualTo(AnnPoints));
            Assert.That(shopper["redemptions"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task ASlowWalletTimesOutWithinTheTotalBudget()
    {
        await AddFaultAsync("/api/v2/wallet", delayMs: 3000);
        var client = Client(o => o with
        {
            AttemptTimeout = TimeSpan.FromMilliseconds(300),
            TotalTimeout = TimeSpan.FromMilliseconds(700),
            MaxRetries = 0
        });

        var watch = Stopwatch.StartNew();
        var result = await client.GetWalletAsync(Ann);
        watch.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Timeout));
            Assert.That(result.Error?.OutcomeUnknown, Is.True);
            Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250)));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1.5)));
        });
    }

    [Test]
    public async Task RetriesOfASlowWalletStopAtTheTotalTimeout()
    {
        await AddFaultAsync("/api/v2/wallet", delayMs: 3000, times: 5);
        var client = Client(o => o with
        {
            AttemptTimeout = TimeSpan.FromMilliseconds(300),
            TotalTimeout = TimeSpan.FromMilliseconds(700),
            MaxRetries = 5,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10)
        });

        var watch = Stopwatch.StartNew();
        var result = await client.GetWalletAsync(Ann);
        watch.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Timeout));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1.5)));
        });
        Assert.That(await CallsAsync(WalletCall), Is.InRange(2, 3));
    }

    [Test]
    public async Task ARateLimitedWalletReadWaitsForRetryAfterThenSucceeds()
    {
        await AddFaultAsync("/api/v2/wallet", status: 429);
        var client = Client(o => o with { MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(10) });

        var watch = Stopwatch.StartNew();
        var result = await client.GetWalletAsync(Ann);
        watch.Stop();

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        Assert.Multiple(() =>
        {
            Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)), "Retry-After: 1 must be honoured");
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
        });
        Assert.That(await CallsAsync(WalletCall), Is.EqualTo(2));
    }

    [Test]
    public async Task AdjustingPointsIsNeverRetried()
    {
        await AddFaultAsync("/api/v1.1/adjust/loyaltyPoints", status: 503);

        var result = await Client(o => o with { MaxRetries = 2 }).AdjustPointsAsync(AnnContactId, 300, "nop-order-9");

        Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
        Assert.That(await CallsAsync("PUT /api/v1.1/adjust/loyaltyPoints/{uid}/{contactId}"), Is.EqualTo(1));
        Assert.That(await RealPointsAsync(AnnPhone), Is.EqualTo(AnnPoints));
    }

    [Test]
    public async Task SignupUpsertIsRetriedThroughA503()
    {
        await AddFaultAsync("/api/v2/loyalty", status: 503, method: "POST");

        var result = await Client(o => o with { MaxRetries = 1 }).SignupAsync(new SignupRequest { MobilePhone = NonMemberPhone, Loyalty = true });

        Assert.That(result.Value?.Created, Is.True, () => $"{result.Error}");
        Assert.That(await CallsAsync("POST /api/v2/loyalty"), Is.EqualTo(2));
    }
    [Test]
    public async Task ADroppedWalletReadIsRetried()
    {
        await AddFaultAsync("/api/v2/wallet", drop: true);

        var result = await Client(o => o with { MaxRetries = 1 }).GetWalletAsync(Ann);

        Assert.That(result.Value?.ContactId, Is.EqualTo(AnnContactId), () => $"{result.Error}");
        Assert.That(await CallsAsync(WalletCall), Is.EqualTo(2));
    }

    [Test]
    public async Task ADroppedCodeRequestIsNotRetriedAndItsOutcomeIsUnknown()
    {
        await AddFaultAsync("/api/v2/verify/contact/wallet", drop: true);

        var result = await Client(o => o with { MaxRetries = 2 }).SendVerificationCodeAsync(Ann);

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
            Assert.That(result.Error?.OutcomeUnknown, Is.True);
        });
        Assert.That(await CallsAsync(SendCodeCall), Is.EqualTo(1));
    }

    [Test]
    public async Task ASlowRedemptionTimesOutOnceWithOutcomeUnknown()
    {
        var client = Client(o => o with
        {
            AttemptTimeout = TimeSpan.FromMilliseconds(300),
            TotalTimeout = TimeSpan.FromMilliseconds(2000),
            MaxRetries = 2
        });
        var url = await RedemptionUrlAsync(client, AnnPhone, Template1010);
        await AddFaultAsync(RedeemPath, delayMs: 3000, method: "PUT", times: 3);

        var watch = Stopwatch.StartNew();
        var result = await client.RedeemAsync(url);
        watch.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Timeout));
            Assert.That(result.Error?.OutcomeUnknown, Is.True);
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1.5)), "one attempt only, cut at the attempt timeout");
        });
        Assert.That(await CallsAsync(RedeemCall), Is.EqualTo(1));
        Assert.That(await RealPointsAsync(AnnPhone), Is.EqualTo(AnnPoints));
    }

    [Test]
    public async Task ACallerCancellationThrowsInsteadOfReturningAnError()
    {
        await AddFaultAsync("/api/v2/wallet", delayMs: 3000);
        var client = Client();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var watch = Stopwatch.StartNew();
        Assert.That(async () => await client.GetWalletAsync(Ann, cancellationToken: cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1.5)));
    }

    [Test]
    public async Task ACallerCancellationOfARedemptionThrows()
    {
        var client = Client();
        var url = await RedemptionUrlAsync(client, AnnPhone, Template1010);
        await AddFaultAsync(RedeemPath, delayMs: 3000, method: "PUT");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.That(async () => await client.RedeemAsync(url, cancellationToken: cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await RealPointsAsync(AnnPhone), Is.EqualTo(AnnPoints));
    }

    [Test]
    public async Task ParallelReadsShareTheConnectionPool()
    {
        var client = Client();
        var phones = new[] { AnnPhone, BenPhone, CaraPhone, DanPhone };

        var results = await Task.WhenAll(Enumerable.Range(0, 24)
            .Select(i => client.GetWalletAsync(ContactIdentity.Phone(phones[i % phones.Length]))));

        Assert.That(results.Select(r => r.Value?.ContactId),
            Is.EqualTo(Enumerable.Range(0, 24).Select(i => new[] { "c_ann", "c_ben", "c_cara", "c_dan" }[i % 4])));
        Assert.That(await CallsAsync(WalletCall), Is.EqualTo(24));
    }
}
