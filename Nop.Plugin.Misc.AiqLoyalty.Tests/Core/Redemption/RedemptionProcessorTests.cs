using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using AiqLoyalty.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Redemption;

/// <summary>
/// Exactly-once redemption and refund against the sandbox over real HTTP, with faults injected on the
/// PUT: every path ends with the points taken once (or given back once), proven by the sandbox's own
/// redemption and adjustment lists.
/// </summary>
[TestFixture]
public class RedemptionProcessorTests : SandboxClientFixture
{
    private const string Ann = TestPhones.Ann;
    private FakeTimeProvider _clock = null!;
    private RecordingLedger _ledger = null!;
    private RedemptionProcessor _processor = null!;

    protected override AiqClientOptions Options(Uri sandbox) => base.Options(sandbox) with
    {
        AttemptTimeout = TimeSpan.FromMilliseconds(800), TotalTimeout = TimeSpan.FromSeconds(1)
    };

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _ledger = new RecordingLedger();
        _processor = new RedemptionProcessor(_ledger, new RetrySchedule(new RetryScheduleOptions { MaxAttempts = 5 }, new Random(7)), _clock);
    }

    private async Task<RedemptionClaim> PlacedClaimAsync(string templateId = "1010", string phone = Ann, long points = 300)
    {
        var wallet = await Client.GetWalletAsync(ContactIdentity.Phone(phone));
        var template = wallet.Value!.DiscountTemplates!.Single(t => t.Id == templateId);
        return new RedemptionClaim
        {
            Id = 1, State = ClaimState.Placed, ContactId = wallet.Value.ContactId!, Identity = ContactIdentity.Phone(phone),
            TemplateId = templateId, RedemptionUrl = template.RedemptionUrl, PointsDeduction = points, Reusable = template.Reusable,
            IdempotencyKey = "key-" + templateId, NextAttemptAt = _clock.GetUtcNow()
        };
    }

    private async Task<JsonObject> ShopperAsync(string phone = Ann) => (await Control.GetFromJsonAsync<JsonObject>($"_sandbox/shoppers/{phone}"))!;

    private async Task<int> RedemptionsAsync(string phone = Ann) => (await ShopperAsync(phone))["redemptions"]!.AsArray().Count;

    private async Task FaultAsync(object fault) => (await Control.PostAsJsonAsync("_sandbox/faults", fault)).EnsureSuccessStatusCode();

    [Test]
    public async Task APlacedClaimIsRedeemedOnceAndRedeemingIsSavedBeforeThePut()
    {
        var claim = await PlacedClaimAsync();

        var done = await _processor.ProcessAsync(Client, claim);
        var again = await _processor.ProcessAsync(Client, done);

        Assert.That(done.State, Is.EqualTo(ClaimState.Redeemed));
        Assert.That(again.State, Is.EqualTo(ClaimState.Redeemed));
        Assert.That(_ledger.Saves.Select(s => s.State), Is.EqualTo(new[] { ClaimState.Redeeming, ClaimState.Redeemed }));
        Assert.That(await RedemptionsAsync(), Is.EqualTo(1));
        Assert.That((long)(await ShopperAsync())["loyaltyPoints"]!, Is.EqualTo(1233 - 300));
        var redemption = (await ShopperAsync())["redemptions"]![0]!;
        Assert.That(redemption["transactionId"], Is.Null, "ecommerce redemptions append nothing");
    }

    [Test]
    public async Task ServerErrorsAreUnknownUntilTheWalletShowsNothingWasTakenThenRetriedAndRedeemedOnce()
    {
        var claim = await PlacedClaimAsync();
        await FaultAsync(new { path = "/api/v1.1/discount/redeem", status = 503, times = 3 });

        var states = new List<ClaimState>();
        for (var run = 0; run < 6 && claim.State != ClaimState.Redeemed; run++)
        {
            if (_processor.IsDue(claim))
                claim = await _processor.ProcessAsync(Client, claim);
            states.Add(claim.State);
            _clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.That(states, Is.EqualTo(new[] { ClaimState.FailedRetryable, ClaimState.FailedRetryable, ClaimState.FailedRetryable, ClaimState.Redeemed }));
        Assert.That(_ledger.Saves.Count(save => save.State == ClaimState.OutcomeUnknown), Is.EqualTo(3), "a 503 on the PUT is an unknown outcome, settled by the wallet");
        Assert.That(await RedemptionsAsync(), Is.EqualTo(1));
        Assert.That(claim.Attempts, Is.EqualTo(4));
    }

    [Test]
    public async Task RateLimitingWaitsAtLeastTheRetryAfter()
    {
        var claim = await PlacedClaimAsync();
        await FaultAsync(new { path = "/api/v1.1/discount/redeem", status = 429, times = 1 });

        var limited = await _processor.ProcessAsync(Client, claim);

        Assert.That(limited.State, Is.EqualTo(ClaimState.FailedRetryable));
        Assert.That(limited.NextAttemptAt, Is.GreaterThanOrEqualTo(_clock.GetUtcNow() + TimeSpan.FromSeconds(1)));
        Assert.That(_processor.IsDue(limited), Is.False);
    }

    [Test]
    public async Task ADroppedPutIsCheckedInTheWalletAndRedeemedOnce()
    {
        var claim = await PlacedClaimAsync();
        await FaultAsync(new { path = "/api/v1.1/discount/redeem", drop = true, times = 1 });

        var checkedFirst = await _processor.ProcessAsync(Client, claim);
        _clock.Advance(TimeSpan.FromHours(1));
        var done = await _processor.ProcessAsync(Client, checkedFirst);

        Assert.That(checkedFirst.State, Is.EqualTo(ClaimState.FailedRetryable), "the wallet showed nothing was taken: retried on the schedule, not at once");
        Assert.That(done.State, Is.EqualTo(ClaimState.Redeemed));
        Assert.That(_ledger.Saves.Select(s => s.State), Does.Contain(ClaimState.OutcomeUnknown));
        Assert.That(await RedemptionsAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task AHangingPutThatAiqCompletedIsNotPutAgain()
    {
        var claim = await PlacedClaimAsync();
        await FaultAsync(new { path = "/api/v1.1/discount/redeem", delayMs = 1500, times = 1 });

        var done = await _processor.ProcessAsync(Client, claim);
        await Task.Delay(1000); // the sandbox finishes the delayed PUT after the client gave up

        Assert.That(done.State, Is.AnyOf(ClaimState.Redeemed, ClaimState.OutcomeUnknown, ClaimState.Placed, ClaimState.FailedRetryable));
        var settled = done;
        for (var run = 0; run < 3 && settled.State != ClaimState.Redeemed; run++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            settled = await _processor.ProcessAsync(Client, settled);
        }

        Assert.That(settled.State, Is.EqualTo(ClaimState.Redeemed));
        Assert.That(await RedemptionsAsync(), Is.EqualTo(1), "the points were taken exactly once");
    }

    [Test]
    public async Task AWorkerKilledAfterThePutRedeemsNothingTwice()
    {
        var claim = await PlacedClaimAsync();
        // The previous worker saved "Redeeming", sent the PUT (AIQ took the points), then died.
        Assert.That((await Client.RedeemAsync(claim.RedemptionUrl!)).IsSuccess, Is.True);
        var crashed = claim with { State = ClaimState.Redeeming, Attempts = 1, NextAttemptAt = _clock.GetUtcNow() + RedemptionProcessor.DefaultInFlightLease };
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.That(_processor.IsDue(crashed), Is.True);
        var resumed = await _processor.ProcessAsync(Client, crashed);

        Assert.That(resumed.State, Is.EqualTo(ClaimState.Redeemed));
        Assert.That(await RedemptionsAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task AWorkerKilledBeforeThePutRedeemsOnceOnRestart()
    {
        var claim = await PlacedClaimAsync();
        var crashed = claim with { State = ClaimState.Redeeming, Attempts = 1, NextAttemptAt = _clock.GetUtcNow() + RedemptionProcessor.DefaultInFlightLease };
        _clock.Advance(TimeSpan.FromMinutes(10));

        var resumed = await _processor.ProcessAsync(Client, crashed);
        _clock.Advance(TimeSpan.FromHours(1));
        var retried = await _processor.ProcessAsync(Client, resumed);

        Assert.That(resumed.State, Is.EqualTo(ClaimState.FailedRetryable), "the wallet still lists it: nothing was taken");
        Assert.That(retried.State, Is.EqualTo(ClaimState.Redeemed));
        Assert.That(await RedemptionsAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task AFreshRedeemingClaimIsLeftToTheWorkerThatOwnsIt()
    {
        var claim = (await PlacedClaimAsync()) with { State = ClaimState.Redeeming, NextAttemptAt = _clock.GetUtcNow() + RedemptionProcessor.DefaultInFlightLease };
        Assert.That(_processor.IsDue(claim), Is.False);
    }

    [Test]
    public async Task ACancelledOrderGetsItsPointsBackOnceWithTheKeyInTheNote()
    {
        var redeemed = await _processor.ProcessAsync(Client, await PlacedClaimAsync());
        // The plugin's ledger makes a cancelled order's refund due at once.
        var cancelled = redeemed with { RefundRequested = true, NextAttemptAt = _clock.GetUtcNow() };

        var refunded = await _processor.ProcessAsync(Client, cancelled);
        var again = await _processor.ProcessAsync(Client, refunded);

        Assert.That(refunded.State, Is.EqualTo(ClaimState.Refunded));
        Assert.That(again.State, Is.EqualTo(ClaimState.Refunded));
        var shopper = await ShopperAsync();
        var adjustments = shopper["adjustments"]!.AsArray();
        Assert.That(adjustments, Has.Count.EqualTo(1));
        Assert.That((long)adjustments[0]!["value"]!, Is.EqualTo(300));
        Assert.That((string)adjustments[0]!["note"]!, Does.Contain("aiq-nop-refund:key-1010"));
        Assert.That((long)shopper["loyaltyPoints"]!, Is.EqualTo(1233));
    }

    [Test]
    public async Task AnOrderCancelledBeforeRedemptionIsNeverRedeemed()
    {
        var claim = (await PlacedClaimAsync()) with { RefundRequested = true };

        var released = await _processor.ProcessAsync(Client, claim);

        Assert.That(released.State, Is.EqualTo(ClaimState.Released));
        Assert.That(await RedemptionsAsync(), Is.Zero);
    }

    [Test]
    public async Task AnAdjustmentLostTwiceIsCheckedByBalanceEachTimeAndGivenBackExactlyOnce()
    {
        var redeemed = await _processor.ProcessAsync(Client, await PlacedClaimAsync());
        await FaultAsync(new { path = "/api/v1.1/adjust", status = 503, times = 1 });
        var afterError = await _processor.ProcessAsync(Client, redeemed with { RefundRequested = true, NextAttemptAt = _clock.GetUtcNow() });
        Assert.That(afterError.State, Is.EqualTo(ClaimState.Redeemed), "the balance shows the 503 gave nothing back: tried again later");
        Assert.That(afterError.PointsBefore, Is.EqualTo(1233 - 300));
        Assert.That(_processor.IsDue(afterError), Is.False);

        await FaultAsync(new { path = "/api/v1.1/adjust", drop = true, times = 1 });
        _clock.Advance(TimeSpan.FromHours(1));
        var afterDrop = await _processor.ProcessAsync(Client, afterError);
        Assert.That(afterDrop.State, Is.EqualTo(ClaimState.Redeemed), "dropped before AIQ applied it: the balance says so");

        _clock.Advance(TimeSpan.FromHours(1));
        var refunded = await _processor.ProcessAsync(Client, afterDrop);

        Assert.That(refunded.State, Is.EqualTo(ClaimState.Refunded));
        Assert.That((await ShopperAsync())["adjustments"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That((long)(await ShopperAsync())["loyaltyPoints"]!, Is.EqualTo(1233));
    }

    [Test]
    public async Task ARefusedRedemptionFailsForGoodWithTheReason()
    {
        var claim = await PlacedClaimAsync("1020", TestPhones.Cara, 500);

        var failed = await _processor.ProcessAsync(Client, claim);

        Assert.That(failed.State, Is.EqualTo(ClaimState.FailedFinal));
        Assert.That(failed.LastError, Does.Contain("Insufficient points"));
    }
}
