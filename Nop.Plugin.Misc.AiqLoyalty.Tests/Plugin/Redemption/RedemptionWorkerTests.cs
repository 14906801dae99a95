using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using AiqLoyalty.Core.Wire;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Services.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Redemption;

/// <summary>
/// The redemption worker the scheduled task runs, over the claim table in memory, the real ledger and
/// processor, and a mocked AIQ client: which claims it picks up, what it sends to AIQ for each, and
/// what it leaves alone.
/// </summary>
[TestFixture]
public class RedemptionWorkerTests
{
    private const int MainStore = 1;
    private const int OtherStore = 2;
    private const string AnnPhone = "5551234567";
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider _clock = null!;
    private InMemoryTable<AiqRewardClaim> _claims = null!;
    private InMemoryTable<AiqRewardClaimLock> _locks = null!;
    private Dictionary<int, AiqLoyaltySettings> _settings = null!;
    private List<OrderNote> _notes = null!;
    private Mock<IAiqClient> _client = null!;
    private Mock<IAiqClientProvider> _clientProvider = null!;
    private Mock<IRewardClaimService> _claimService = null!;
    private Mock<ILogger> _logger = null!;
    private RedemptionWorker _worker = null!;
    private Mock<IClaimAttentionNotifier> _attention = null!;
    private ClaimTransitions _transitions = null!;
    private StaffClaimActions _staff = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeTimeProvider(Start);
        _claims = InMemoryRepository.ClaimTable();
        _locks = InMemoryRepository.LockTable();
        _settings = new() { [MainStore] = new() { Enabled = true }, [OtherStore] = new() { Enabled = true } };
        _notes = [];

        _client = new Mock<IAiqClient>(MockBehavior.Strict);
        _clientProvider = new Mock<IAiqClientProvider>();
        _clientProvider.Setup(p => p.GetClientAsync(It.IsAny<int>())).ReturnsAsync(() => _client.Object);
        _claimService = new Mock<IRewardClaimService>();
        _logger = new Mock<ILogger>();

        var orderService = new Mock<IOrderService>();
        orderService.Setup(o => o.InsertOrderNoteAsync(It.IsAny<OrderNote>())).Callback((OrderNote note) => _notes.Add(note)).Returns(Task.CompletedTask);
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>())).ReturnsAsync((int storeId) => _settings[storeId]);
        var storeService = new Mock<IStoreService>();
        storeService.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(() => _settings.Keys.Select(id => new Store { Id = id, Name = $"Store {id}" }).ToList());

        var claimRepository = InMemoryRepository.Over(_claims).Object;
        _attention = new Mock<IClaimAttentionNotifier>();
        _transitions = new ClaimTransitions(_attention.Object, new ClaimOrderNotes(orderService.Object, _clock), Mock.Of<ICustomerService>(),
            InMemoryRepository.ClaimWriter(_claims).Object, InMemoryRepository.Over(_locks).Object, Mock.Of<IRewardDiscountGateway>(), _clock);
        var ledger = new RedemptionLedger(_transitions, claimRepository, new InMemoryVerificationStore());
        _worker = new RedemptionWorker(_clientProvider.Object, _transitions, _logger.Object, claimRepository, _claimService.Object,
            settingService.Object, storeService.Object, ledger, _clock);
        _staff = new StaffClaimActions(_transitions, _worker, claimRepository, _claimService.Object, _clock);
        Balance(1233);
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <summary>A claim as the checkout and the worker leave it in <paramref name="state"/> (with its lock row while live).</summary>
    private AiqRewardClaim Claim(ClaimState state, string templateId = "t-10", int storeId = MainStore,
        AiqRedemptionModel model = AiqRedemptionModel.RedeemOnOrder, DateTime? nextAttempt = null, bool refundRequested = false, int orderId = 500)
    {
        var claim = _claims.Seed(new AiqRewardClaim
        {
            StoreId = storeId, CustomerId = 11, ContactId = "c_ann", IdentityKindId = (int)ContactKind.Phone, IdentityValue = AnnPhone,
            TemplateId = templateId, RewardName = "Reward " + templateId, PointsDeduction = 300,
            RedemptionUrl = $"https://lab.alpineiq.com/api/v2/redeem/secret-{templateId}", StateId = (int)state, RedemptionModelId = (int)model,
            OrderId = orderId, NextAttemptOnUtc = nextAttempt ?? (state == ClaimState.Placed ? Now : null), RefundRequested = refundRequested, IdempotencyKey = "key-" + templateId,
            Attempts = state is ClaimState.Claimed or ClaimState.Placed ? 0 : 1,
            CreatedOnUtc = Now, UpdatedOnUtc = Now
        });
        if (ClaimStateMachine.IsLive(state))
            _locks.Seed(new AiqRewardClaimLock { LockKey = $"{storeId}:c_ann:{templateId}", ClaimId = claim.Id });
        return claim;
    }

    private ClaimState StateOf(AiqRewardClaim claim) => (ClaimState)_claims.Find(claim.Id)!.StateId;

    private void RedeemAnswers(AiqResult<PointsBalance> result) =>
        _client.Setup(c => c.RedeemAsync(It.IsAny<string>(), null, It.IsAny<CancellationToken>())).ReturnsAsync(result);

    private long _points;
    private string[] _offered = [];

    /// <summary>The shopper's wallet from now on: these rewards, and the points set by <see cref="Balance"/>.</summary>
    private void WalletOffers(params string[] templateIds)
    {
        _offered = templateIds;
        _client.Setup(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => AiqResult<Wallet>.Ok(new Wallet
            {
                ContactId = "c_ann", LoyaltyPoints = _points, DiscountTemplates = _offered.Select(id => new DiscountTemplate { Id = id }).ToList()
            }));
    }

    /// <summary>The shopper's balance from now on.</summary>
    private void Balance(long points)
    {
        _points = points;
        WalletOffers(_offered);
    }

    private void VerifyRedeemed(string templateId, Times times) =>
        _client.Verify(c => c.RedeemAsync($"https://lab.alpineiq.com/api/v2/redeem/secret-{templateId}", null, It.IsAny<CancellationToken>()), times);

    [Test]
    public async Task APlacedModelAClaimIsRedeemedOnceThroughItsOwnUrl()
    {
        var claim = Claim(ClaimState.Placed);
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance { LoyaltyPoints = 933 }));

        var first = await _worker.RunAsync();
        var second = await _worker.RunAsync();

        var row = _claims.Find(claim.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(1));
            Assert.That(second, Is.Zero, "a redeemed claim is not picked up again");
            Assert.That((ClaimState)row.StateId, Is.EqualTo(ClaimState.Redeemed));
            Assert.That(row.RedeemedOnUtc, Is.EqualTo(Now));
            Assert.That(row.Attempts, Is.EqualTo(1));
            Assert.That(_locks.Rows, Is.Empty, "a redeemed claim gives up its lock");
            Assert.That(_notes.Single().OrderId, Is.EqualTo(500));
            Assert.That(_notes.Single().Note, Does.Contain("redeemed").And.Contain("pointsDeduction 300"));
        });
        VerifyRedeemed("t-10", Times.Once());
    }

    [Test]
    public async Task OnlyClaimsWithWorkDueAreTouched()
    {
        var due = Claim(ClaimState.Placed, "t-due", nextAttempt: Now.AddMinutes(-1));
        var later = Claim(ClaimState.FailedRetryable, "t-later", nextAttempt: Now.AddMinutes(5));
        var modelB = Claim(ClaimState.Placed, "t-pos", model: AiqRedemptionModel.RecordForPos);
        var applied = Claim(ClaimState.Claimed, "t-cart");
        var redeemed = Claim(ClaimState.Redeemed, "t-done");
        var failed = Claim(ClaimState.FailedFinal, "t-failed");
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance()));

        var processed = await _worker.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(processed, Is.EqualTo(1));
            Assert.That(StateOf(due), Is.EqualTo(ClaimState.Redeemed));
            Assert.That(StateOf(later), Is.EqualTo(ClaimState.FailedRetryable), "its retry time has not come");
            Assert.That(StateOf(modelB), Is.EqualTo(ClaimState.Placed), "model B rewards are redeemed at the POS, never online");
            Assert.That(StateOf(applied), Is.EqualTo(ClaimState.Claimed), "no order yet");
            Assert.That(StateOf(redeemed), Is.EqualTo(ClaimState.Redeemed));
            Assert.That(StateOf(failed), Is.EqualTo(ClaimState.FailedFinal), "a final failure waits for staff");
        });
        VerifyRedeemed("t-due", Times.Once());
        _client.Verify(c => c.RedeemAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Once);

        // Once its time comes, the retry is picked up (FailedRetryable -> Redeeming -> Redeemed).
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.That(await _worker.RunAsync(), Is.EqualTo(1));
        Assert.That(StateOf(later), Is.EqualTo(ClaimState.Redeemed));
        VerifyRedeemed("t-later", Times.Once());
    }

    [Test]
    public async Task ExpiredCartClaimsAreSweptWithTheWorkersClockBeforeTheRun()
    {
        await _worker.RunAsync();

        _claimService.Verify(s => s.ReleaseExpiredAsync(Start.UtcDateTime), Times.Once);
    }

    [Test]
    public async Task ATransientFailureIsRetriedLaterNotInTheSameRun()
    {
        var claim = Claim(ClaimState.Placed);
        // Refused before it was sent (connection refused): nothing reached AIQ, so a plain retry later.
        RedeemAnswers(AiqResult<PointsBalance>.Fail(new AiqError(AiqErrorKind.Unavailable, "AIQ could not be reached.")));

        await _worker.RunAsync();
        var row = _claims.Find(claim.Id)!;
        var again = await _worker.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That((ClaimState)row.StateId, Is.EqualTo(ClaimState.FailedRetryable));
            Assert.That(row.NextAttemptOnUtc, Is.GreaterThan(Now), "the retry is scheduled");
            Assert.That(row.LastError, Is.EqualTo("AIQ could not be reached."));
            Assert.That(_locks.Rows, Has.Count.EqualTo(1), "the reward stays held while it is retried");
            Assert.That(again, Is.Zero);
        });
        VerifyRedeemed("t-10", Times.Once());
    }

    [Test]
    public async Task ARedemptionCutOffMidwayIsSettledByTheWalletNotByASecondPut()
    {
        // "Redeeming" was saved (its lease runs five minutes) and the worker died: once the lease is over, the wallet decides.
        var lease = Now + RedemptionProcessor.DefaultInFlightLease;
        var gone = Claim(ClaimState.Redeeming, "t-gone", nextAttempt: lease);
        var stillThere = Claim(ClaimState.Redeeming, "t-there", nextAttempt: lease);
        WalletOffers("t-there");
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance()));

        Assert.That(await _worker.RunAsync(), Is.Zero, "a Redeeming claim within its lease may still be in flight");
        _client.VerifyNoOtherCalls();

        _clock.Advance(RedemptionProcessor.DefaultInFlightLease);
        Assert.That(await _worker.RunAsync(), Is.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(StateOf(gone), Is.EqualTo(ClaimState.Redeemed), "AIQ took it: the reward left the wallet");
            Assert.That(StateOf(stillThere), Is.EqualTo(ClaimState.FailedRetryable), "it never reached AIQ: tried again on the retry schedule, not at once");
        });

        _clock.Advance(TimeSpan.FromHours(1));
        await _worker.RunAsync();
        Assert.That(StateOf(stillThere), Is.EqualTo(ClaimState.Redeemed));
        VerifyRedeemed("t-gone", Times.Never());
        VerifyRedeemed("t-there", Times.Once());
    }

    [Test]
    public async Task ATimeoutOnThePutIsResolvedByTheWallet()
    {
        var claim = Claim(ClaimState.Placed);
        RedeemAnswers(AiqResult<PointsBalance>.Fail(new AiqError(AiqErrorKind.Timeout, "no answer in 8 s", OutcomeUnknown: true)));
        WalletOffers("t-other");

        await _worker.RunAsync();

        Assert.That(StateOf(claim), Is.EqualTo(ClaimState.Redeemed));
        VerifyRedeemed("t-10", Times.Once());
    }

    [Test]
    public async Task AnUnknownOutcomeTheWalletCannotReadWaitsAndIsNotPutAgain()
    {
        var claim = Claim(ClaimState.OutcomeUnknown, nextAttempt: Now);
        _client.Setup(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AiqResult<Wallet>.Fail(new AiqError(AiqErrorKind.Unavailable, "503")));

        await _worker.RunAsync();

        var row = _claims.Find(claim.Id)!;
        Assert.That((ClaimState)row.StateId, Is.EqualTo(ClaimState.OutcomeUnknown));
        Assert.That(row.NextAttemptOnUtc, Is.GreaterThan(Now));
        _client.Verify(c => c.RedeemAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task NothingIsSentWhileThePluginIsDisabledEverywhereAndTheLogSaysSo()
    {
        _settings[MainStore].Enabled = false;
        _settings[OtherStore].Enabled = false;
        var claim = Claim(ClaimState.Placed);

        var processed = await _worker.RunAsync();

        Assert.That(processed, Is.Zero);
        Assert.That(StateOf(claim), Is.EqualTo(ClaimState.Placed), "the claim waits for the plugin");
        _client.VerifyNoOtherCalls();
        _clientProvider.VerifyNoOtherCalls();
        _claimService.Verify(s => s.ReleaseExpiredAsync(It.IsAny<DateTime>()), Times.Never);
        _logger.Verify(l => l.InformationAsync(It.Is<string>(m => m.Contains("disabled in every store") && m.Contains("1 reward claim(s) wait")),
            null, null), Times.Once);

        // Enabled again: the waiting claim is redeemed.
        _settings[MainStore].Enabled = true;
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance()));
        Assert.That(await _worker.RunAsync(), Is.EqualTo(1));
        Assert.That(StateOf(claim), Is.EqualTo(ClaimState.Redeemed));
    }

    [Test]
    public async Task AStoreWhereThePluginIsDisabledKeepsItsClaimsWaitingAndIsNamedInTheLog()
    {
        _settings[OtherStore].Enabled = false;
        var main = Claim(ClaimState.Placed, "t-main");
        var other = Claim(ClaimState.Placed, "t-other", storeId: OtherStore);
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance()));

        await _worker.RunAsync();

        Assert.That(StateOf(main), Is.EqualTo(ClaimState.Redeemed));
        Assert.That(StateOf(other), Is.EqualTo(ClaimState.Placed));
        VerifyRedeemed("t-other", Times.Never());
        _clientProvider.Verify(p => p.GetClientAsync(OtherStore), Times.Never);
        _logger.Verify(l => l.WarningAsync(It.Is<string>(m => m.Contains("1 reward claim(s) wait") && m.Contains("store(s) 2;")), null, null), Times.Once);
    }

    [Test]
    public async Task AClaimThatFailsUnexpectedlyIsLoggedAndTheRunGoesOn()
    {
        var broken = Claim(ClaimState.Placed, "t-broken", storeId: OtherStore);
        var fine = Claim(ClaimState.Placed, "t-fine");
        _clientProvider.Setup(p => p.GetClientAsync(OtherStore)).ThrowsAsync(new InvalidOperationException("The AIQ API key cannot be decrypted."));
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance()));

        var processed = await _worker.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(processed, Is.EqualTo(1));
            Assert.That(StateOf(broken), Is.EqualTo(ClaimState.Placed), "it is tried again later");
            Assert.That(_claims.Find(broken.Id)!.NextAttemptOnUtc, Is.GreaterThan(Now), "moved back, so it cannot hold the head of the queue");
            Assert.That(StateOf(fine), Is.EqualTo(ClaimState.Redeemed));
        });
        _logger.Verify(l => l.ErrorAsync(It.Is<string>(m => m.Contains($"reward claim {broken.Id}")), It.IsAny<InvalidOperationException>(), null), Times.Once);
    }

    [Test]
    public async Task ACancelledOrderReleasesAClaimNotYetRedeemedWithoutCallingAiq()
    {
        var claim = Claim(ClaimState.Placed);

        await _worker.CancelClaimAsync(claim.Id);
        var processed = await _worker.RunAsync();

        var row = _claims.Find(claim.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That((ClaimState)row.StateId, Is.EqualTo(ClaimState.Released));
            Assert.That(processed, Is.Zero);
            Assert.That(_locks.Rows, Is.Empty);
            Assert.That(_notes.Single().Note, Does.Contain("released; no points were taken"));
        });
        _client.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ACancelledOrderGivesRedeemedPointsBackOnceWithThePluginsKey()
    {
        var claim = Claim(ClaimState.Redeemed);
        _client.Setup(c => c.AdjustPointsAsync("c_ann", 300, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AiqResult<PointsBalance>.Ok(new PointsBalance { LoyaltyPoints = 1233 }));

        await _worker.CancelClaimAsync(claim.Id);
        await _worker.CancelClaimAsync(claim.Id);
        await _worker.RunAsync();

        var row = _claims.Find(claim.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That((ClaimState)row.StateId, Is.EqualTo(ClaimState.Refunded));
            Assert.That(row.RefundRequested, Is.True, "the flag records that the order was cancelled");
            Assert.That(row.PointsBefore, Is.EqualTo(1233), "the balance was read before the adjustment");
            Assert.That(row.RefundedOnUtc, Is.EqualTo(Now));
        });
        _client.Verify(c => c.AdjustPointsAsync("c_ann", 300, It.Is<string>(n => n.Contains("aiq-nop-refund:key-t-10")), It.IsAny<CancellationToken>()), Times.Once);
        VerifyRedeemed("t-10", Times.Never());
    }

    [Test]
    public async Task TheAdminRetryProcessesOneDueClaimAndSaysWhetherItDid()
    {
        var claim = Claim(ClaimState.FailedRetryable, nextAttempt: Now);
        var final = Claim(ClaimState.FailedFinal, "t-final");
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance()));

        Assert.That(await _worker.ProcessClaimAsync(claim.Id), Is.True);
        Assert.That(await _worker.ProcessClaimAsync(final.Id), Is.False, "nothing is due for a final failure");
        Assert.That(await _worker.ProcessClaimAsync(9999), Is.False, "a deleted claim is ignored");
        Assert.That(StateOf(claim), Is.EqualTo(ClaimState.Redeemed));
    }

    [Test]
    public async Task TwoStoreInstancesProcessingOneClaimAtOnceSendOnePut()
    {
        var claim = Claim(ClaimState.Placed);
        // Both read the claim and the wallet before either writes "Redeeming".
        _client.Setup(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await Task.Delay(50);
                return AiqResult<Wallet>.Ok(new Wallet { ContactId = "c_ann", LoyaltyPoints = 1233, DiscountTemplates = [new DiscountTemplate { Id = "t-10" }] });
            });
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance()));

        var results = await Task.WhenAll(_worker.ProcessClaimAsync(claim.Id), _worker.ProcessClaimAsync(claim.Id));

        Assert.That(results.Count(processed => processed), Is.EqualTo(1), "one acted, the other found the row moved on");
        Assert.That(StateOf(claim), Is.EqualTo(ClaimState.Redeemed));
        VerifyRedeemed("t-10", Times.Once());
    }

    [Test]
    public async Task StaffRetryWhileAPutIsInFlightIsRefusedAndSendsNothing()
    {
        var claim = Claim(ClaimState.Redeeming, nextAttempt: Now + RedemptionProcessor.DefaultInFlightLease);

        var outcome = await _staff.ApplyAsync(claim.Id, 500, StaffClaimAction.Retry);

        Assert.That(outcome, Is.EqualTo(StaffClaimOutcome.NotAllowed));
        Assert.That(_claims.Find(claim.Id)!.NextAttemptOnUtc, Is.EqualTo(Now + RedemptionProcessor.DefaultInFlightLease), "the lease is untouched");
        _client.VerifyNoOtherCalls();
    }

    [Test]
    public async Task AnOrderCancelledWhileItsPutIsInFlightGetsItsPointsBackOnceAfterwards()
    {
        var claim = Claim(ClaimState.Placed);
        _client.Setup(c => c.RedeemAsync(It.IsAny<string>(), null, It.IsAny<CancellationToken>())).Returns(async () =>
        {
            // Staff cancel the order on the admin page while AIQ is still answering the PUT.
            await _worker.CancelClaimAsync(claim.Id);
            return AiqResult<PointsBalance>.Ok(new PointsBalance { LoyaltyPoints = 933 });
        });
        _client.Setup(c => c.AdjustPointsAsync("c_ann", 300, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AiqResult<PointsBalance>.Ok(new PointsBalance { LoyaltyPoints = 1233 }));

        await _worker.RunAsync();
        var afterPut = _claims.Find(claim.Id)!;
        await _worker.RunAsync();
        await _worker.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That((ClaimState)afterPut.StateId, Is.EqualTo(ClaimState.Redeemed));
            Assert.That(afterPut.NextAttemptOnUtc, Is.EqualTo(Now), "the database saw the cancellation: the refund is due at once");
            Assert.That(StateOf(claim), Is.EqualTo(ClaimState.Refunded));
        });
        VerifyRedeemed("t-10", Times.Once());
        _client.Verify(c => c.AdjustPointsAsync("c_ann", 300, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task AClaimTheWalletCannotSettleNeedsAttentionTellsTheOwnerOnceAndKeepsTheRewardHeld()
    {
        var claim = Claim(ClaimState.Placed);
        _client.Setup(c => c.RedeemAsync(It.IsAny<string>(), null, It.IsAny<CancellationToken>())).ReturnsAsync(() =>
        {
            Balance(1280); // other activity moved the balance; the reward is still listed
            return AiqResult<PointsBalance>.Fail(new AiqError(AiqErrorKind.Unavailable, "AIQ answered HTTP 502.", 502, OutcomeUnknown: true));
        });
        WalletOffers("t-10");

        await _worker.RunAsync();
        _clock.Advance(TimeSpan.FromDays(1));
        await _worker.RunAsync();

        var row = _claims.Find(claim.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That((ClaimState)row.StateId, Is.EqualTo(ClaimState.NeedsAttention));
            Assert.That(row.NextAttemptOnUtc, Is.Null);
            Assert.That(_locks.Rows, Has.Count.EqualTo(1), "held until staff decide");
            Assert.That(_notes.Single().Note, Does.Contain("needs attention"));
        });
        _attention.Verify(n => n.NotifyAsync(It.Is<AiqRewardClaim>(c => c.Id == claim.Id)), Times.Once);
        VerifyRedeemed("t-10", Times.Once());
    }

    [TestCase(StaffClaimAction.MarkRedeemed, ClaimState.Redeemed, 0)]
    [TestCase(StaffClaimAction.Release, ClaimState.Released, 0)]
    [TestCase(StaffClaimAction.Retry, ClaimState.Redeemed, 1)]
    public async Task StaffSettleARedemptionThatNeedsAttention(StaffClaimAction action, ClaimState expected, int puts)
    {
        var claim = Claim(ClaimState.NeedsAttention);
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance()));

        var outcome = await _staff.ApplyAsync(claim.Id, 500, action);
        var again = await _staff.ApplyAsync(claim.Id, 500, action);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(StaffClaimOutcome.Done));
            Assert.That(again, Is.EqualTo(StaffClaimOutcome.NotAllowed), "a second click changes nothing");
            Assert.That(StateOf(claim), Is.EqualTo(expected));
            Assert.That(_locks.Rows, Is.Empty, "no longer held");
        });
        VerifyRedeemed("t-10", Times.Exactly(puts));
    }

    [TestCase(StaffClaimAction.Release, ClaimState.Refunded, 0)]
    [TestCase(StaffClaimAction.Retry, ClaimState.Refunded, 1)]
    public async Task StaffSettleARefundThatNeedsAttentionAndCanNeverRedeemIt(StaffClaimAction action, ClaimState expected, int adjustments)
    {
        var claim = Claim(ClaimState.RefundNeedsAttention, refundRequested: true);
        _client.Setup(c => c.AdjustPointsAsync("c_ann", 300, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AiqResult<PointsBalance>.Ok(new PointsBalance { LoyaltyPoints = 1533 }));

        Assert.That(_staff.Allowed(_claims.Find(claim.Id)!, Now), Does.Not.Contain(StaffClaimAction.MarkRedeemed));
        var outcome = await _staff.ApplyAsync(claim.Id, 500, action);

        Assert.That(outcome, Is.EqualTo(StaffClaimOutcome.Done));
        Assert.That(StateOf(claim), Is.EqualTo(expected));
        _client.Verify(c => c.AdjustPointsAsync("c_ann", 300, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(adjustments));
        VerifyRedeemed("t-10", Times.Never());
    }

    [Test]
    public async Task AStaleReadWritesNothing()
    {
        var claim = Claim(ClaimState.FailedRetryable, nextAttempt: Now.AddMinutes(10));
        var staleRead = _claims.Find(claim.Id)!;
        var freshRead = _claims.Find(claim.Id)!;

        Assert.That(await _transitions.TryUpdateAsync(freshRead, c => c.NextAttemptOnUtc = Now), Is.True);
        Assert.That(await _transitions.TryFireAsync(staleRead, ClaimTrigger.RedeemFailedFinal), Is.False);

        var row = _claims.Find(claim.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That((ClaimState)row.StateId, Is.EqualTo(ClaimState.FailedRetryable), "the stale write changed nothing");
            Assert.That(row.NextAttemptOnUtc, Is.EqualTo(Now));
            Assert.That(row.RowVersion, Is.EqualTo(1));
            Assert.That(_notes, Is.Empty);
        });
    }
}
