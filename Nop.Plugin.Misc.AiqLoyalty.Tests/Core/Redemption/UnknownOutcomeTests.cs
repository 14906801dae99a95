using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using AiqLoyalty.Core.Wire;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Redemption;

/// <summary>
/// The processor against a scripted AIQ: a PUT or adjustment whose answer is lost is never repeated
/// blindly; the wallet and balance read before and after decide, and what they cannot decide goes to staff.
/// </summary>
[TestFixture]
public class UnknownOutcomeTests
{
    private static readonly AiqError Lost502 = new(AiqErrorKind.Unavailable, "AIQ answered HTTP 502.", 502, OutcomeUnknown: true);
    private static readonly AiqError Dropped = new(AiqErrorKind.Unavailable, "The connection to AIQ failed.", OutcomeUnknown: true);

    private FakeTimeProvider _clock = null!;
    private RecordingLedger _ledger = null!;
    private RedemptionProcessor _processor = null!;
    private Mock<IAiqClient> _aiq = null!;
    private long _points;
    private bool _offered;
    private int _puts;
    private int _adjustments;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        _ledger = new RecordingLedger();
        _processor = new RedemptionProcessor(_ledger, new RetrySchedule(new RetryScheduleOptions { MaxAttempts = 3 }, new Random(5)), _clock);
        _aiq = new Mock<IAiqClient>(MockBehavior.Strict);
        _points = 1000;
        _offered = true;
        _puts = 0;
        _adjustments = 0;
        _aiq.Setup(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => AiqResult<Wallet>.Ok(new Wallet
            {
                ContactId = "c_ann", LoyaltyPoints = _points,
                DiscountTemplates = _offered ? [new DiscountTemplate { Id = "1010" }] : []
            }));
    }

    private RedemptionClaim Placed(bool reusable = false) => new()
    {
        Id = 1, State = ClaimState.Placed, ContactId = "c_ann", Identity = ContactIdentity.Phone(TestPhones.Ann), TemplateId = "1010",
        RedemptionUrl = "https://aiq.example.test/redeem/secret", PointsDeduction = 300, Reusable = reusable, IdempotencyKey = "key",
        NextAttemptAt = _clock.GetUtcNow()
    };

    /// <summary>The PUT: <paramref name="applies"/> says whether AIQ takes the points before the answer is lost.</summary>
    private void PutAnswers(AiqError? error, bool applies = true) =>
        _aiq.Setup(c => c.RedeemAsync(It.IsAny<string>(), null, It.IsAny<CancellationToken>())).ReturnsAsync(() =>
        {
            _puts++;
            if (applies)
            {
                _points -= 300;
                _offered = false;
            }

            return error is null ? AiqResult<PointsBalance>.Ok(new PointsBalance { LoyaltyPoints = _points }) : AiqResult<PointsBalance>.Fail(error);
        });

    private void AdjustAnswers(AiqError? error, bool applies = true, long otherActivity = 0) =>
        _aiq.Setup(c => c.AdjustPointsAsync("c_ann", 300, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(() =>
        {
            _adjustments++;
            if (applies)
                _points += 300;
            _points += otherActivity;
            return error is null ? AiqResult<PointsBalance>.Ok(new PointsBalance { LoyaltyPoints = _points }) : AiqResult<PointsBalance>.Fail(error);
        });

    [Test]
    public async Task A502AfterAiqTookThePointsIsRedeemedWithOnePut()
    {
        PutAnswers(Lost502);

        var done = await _processor.ProcessAsync(_aiq.Object, Placed());

        Assert.Multiple(() =>
        {
            Assert.That(done.State, Is.EqualTo(ClaimState.Redeemed));
            Assert.That(done.PointsBefore, Is.EqualTo(1000), "the balance was read before the PUT");
            Assert.That(_puts, Is.EqualTo(1));
            Assert.That(_ledger.Saves.Select(s => s.State), Is.EqualTo(new[] { ClaimState.Redeeming, ClaimState.OutcomeUnknown, ClaimState.Redeemed }));
        });
    }

    [Test]
    public async Task AReusableRewardDroppedAfterTheDeductionIsJudgedByTheBalance()
    {
        PutAnswers(Dropped);
        _offered = true;

        var done = await _processor.ProcessAsync(_aiq.Object, Placed(reusable: true) with { });

        Assert.That(done.State, Is.EqualTo(ClaimState.Redeemed), "1000 before, 700 after: the 300 were taken");
        Assert.That(_puts, Is.EqualTo(1));
    }

    [Test]
    public async Task A502BeforeAiqTookAnythingIsRetriedOnTheScheduleNotAtOnce()
    {
        PutAnswers(Lost502, applies: false);

        var first = await _processor.ProcessAsync(_aiq.Object, Placed());
        var sameMinute = await _processor.ProcessAsync(_aiq.Object, first);

        Assert.Multiple(() =>
        {
            Assert.That(first.State, Is.EqualTo(ClaimState.FailedRetryable));
            Assert.That(first.NextAttemptAt, Is.GreaterThan(_clock.GetUtcNow()));
            Assert.That(sameMinute, Is.EqualTo(first), "not due yet: nothing happens");
            Assert.That(_puts, Is.EqualTo(1));
        });

        PutAnswers(null);
        _clock.Advance(TimeSpan.FromHours(1));
        var done = await _processor.ProcessAsync(_aiq.Object, first);
        Assert.That(done.State, Is.EqualTo(ClaimState.Redeemed));
        Assert.That(_puts, Is.EqualTo(2), "the second PUT only after the wallet showed the first took nothing");
    }

    [Test]
    public async Task WhenTheBalanceMovedForAnotherReasonTheClaimGoesToStaffAndIsNeverRetriedByItself()
    {
        _aiq.Setup(c => c.RedeemAsync(It.IsAny<string>(), null, It.IsAny<CancellationToken>())).ReturnsAsync(() =>
        {
            _puts++;
            _points += 50; // the shopper earned points elsewhere meanwhile; the reward is still listed
            return AiqResult<PointsBalance>.Fail(Lost502);
        });

        var staff = await _processor.ProcessAsync(_aiq.Object, Placed());
        _clock.Advance(TimeSpan.FromDays(1));
        var later = await _processor.ProcessAsync(_aiq.Object, staff);

        Assert.Multiple(() =>
        {
            Assert.That(staff.State, Is.EqualTo(ClaimState.NeedsAttention));
            Assert.That(staff.NextAttemptAt, Is.Null);
            Assert.That(staff.LastError, Does.Contain("from 1000 to 1050"));
            Assert.That(_processor.IsDue(staff), Is.False);
            Assert.That(later, Is.EqualTo(staff));
            Assert.That(_puts, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AnUnreadableBalanceBeforeThePutSendsNothingAndRetriesRunOutAsAFailureNotAGuess()
    {
        _aiq.Setup(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AiqResult<Wallet>.Fail(new AiqError(AiqErrorKind.Unavailable, "AIQ could not be reached.")));
        PutAnswers(null);

        var claim = Placed();
        for (var run = 0; run < 6 && claim.State == ClaimState.Placed; run++)
        {
            claim = await _processor.ProcessAsync(_aiq.Object, claim);
            _clock.Advance(TimeSpan.FromHours(2));
        }

        Assert.That(claim.State, Is.EqualTo(ClaimState.FailedFinal));
        Assert.That(_puts, Is.Zero);
    }

    [Test]
    public async Task TwoWorkersOnOneReadSendOnePut()
    {
        PutAnswers(null);
        var read = Placed();
        _ledger.Seed(read);

        var first = await _processor.ProcessAsync(_aiq.Object, read);
        Assert.ThrowsAsync<ClaimChangedException>(() => _processor.ProcessAsync(_aiq.Object, read), "the second worker's 'Redeeming' write finds the row moved on");

        Assert.That(first.State, Is.EqualTo(ClaimState.Redeemed));
        Assert.That(_puts, Is.EqualTo(1));
    }

    [Test]
    public async Task AnAdjustmentDroppedAfterAiqGaveThePointsBackIsOneCredit()
    {
        AdjustAnswers(Dropped);
        var redeemed = Placed() with { State = ClaimState.Redeemed, RefundRequested = true, Attempts = 1 };
        _points = 700;

        var done = await _processor.ProcessAsync(_aiq.Object, redeemed);

        Assert.Multiple(() =>
        {
            Assert.That(done.State, Is.EqualTo(ClaimState.Refunded));
            Assert.That(_adjustments, Is.EqualTo(1));
            Assert.That(_points, Is.EqualTo(1000));
        });
    }

    [Test]
    public async Task AnAdjustmentLostWithTheBalanceMovedOtherwiseGoesToStaff()
    {
        AdjustAnswers(Lost502, applies: true, otherActivity: 25);
        _points = 700;

        var done = await _processor.ProcessAsync(_aiq.Object, Placed() with { State = ClaimState.Redeemed, RefundRequested = true });

        Assert.Multiple(() =>
        {
            Assert.That(done.State, Is.EqualTo(ClaimState.RefundNeedsAttention));
            Assert.That(done.NextAttemptAt, Is.Null);
            Assert.That(_adjustments, Is.EqualTo(1));
            Assert.That(ClaimStateMachine.CanFire(done.State, ClaimTrigger.StaffRetriedRedemption), Is.False, "a refund in doubt can never be redeemed again");
        });
    }
}
