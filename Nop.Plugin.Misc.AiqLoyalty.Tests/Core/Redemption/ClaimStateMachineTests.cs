using AiqLoyalty.Core.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Redemption;

[TestFixture]
public class ClaimStateMachineTests
{
    /// <summary>The expected table, written independently of the implementation.</summary>
    private static readonly Dictionary<(ClaimState, ClaimTrigger), ClaimState> Expected = new()
    {
        [(ClaimState.Claimed, ClaimTrigger.OrderPlaced)] = ClaimState.Placed,
        [(ClaimState.Claimed, ClaimTrigger.OrderPlacedForPos)] = ClaimState.RecordedForPos,
        [(ClaimState.Claimed, ClaimTrigger.OrderDidNotUseDiscount)] = ClaimState.Released,
        [(ClaimState.Claimed, ClaimTrigger.Removed)] = ClaimState.Released,
        [(ClaimState.Claimed, ClaimTrigger.Expired)] = ClaimState.Released,
        [(ClaimState.Claimed, ClaimTrigger.OrderCancelled)] = ClaimState.Released,
        [(ClaimState.Placed, ClaimTrigger.RedeemStarted)] = ClaimState.Redeeming,
        [(ClaimState.Placed, ClaimTrigger.OrderCancelled)] = ClaimState.Released,
        [(ClaimState.Redeeming, ClaimTrigger.RedeemSucceeded)] = ClaimState.Redeemed,
        [(ClaimState.Redeeming, ClaimTrigger.RedeemFailedRetryable)] = ClaimState.FailedRetryable,
        [(ClaimState.Redeeming, ClaimTrigger.RedeemFailedFinal)] = ClaimState.FailedFinal,
        [(ClaimState.Redeeming, ClaimTrigger.RedeemOutcomeUnknown)] = ClaimState.OutcomeUnknown,
        [(ClaimState.FailedRetryable, ClaimTrigger.RetryRequested)] = ClaimState.Placed,
        [(ClaimState.FailedRetryable, ClaimTrigger.RedeemFailedFinal)] = ClaimState.FailedFinal,
        [(ClaimState.FailedRetryable, ClaimTrigger.OrderCancelled)] = ClaimState.Released,
        [(ClaimState.OutcomeUnknown, ClaimTrigger.WalletShowsRedeemed)] = ClaimState.Redeemed,
        [(ClaimState.OutcomeUnknown, ClaimTrigger.WalletShowsNotRedeemed)] = ClaimState.FailedRetryable,
        [(ClaimState.OutcomeUnknown, ClaimTrigger.NeedsStaff)] = ClaimState.NeedsAttention,
        [(ClaimState.Redeemed, ClaimTrigger.OrderCancelled)] = ClaimState.Refunding,
        [(ClaimState.Redeemed, ClaimTrigger.RefundStarted)] = ClaimState.Refunding,
        [(ClaimState.Refunding, ClaimTrigger.RefundSucceeded)] = ClaimState.Refunded,
        [(ClaimState.Refunding, ClaimTrigger.RefundFailed)] = ClaimState.Redeemed,
        [(ClaimState.Refunding, ClaimTrigger.NeedsStaff)] = ClaimState.RefundNeedsAttention,
        [(ClaimState.NeedsAttention, ClaimTrigger.StaffMarkedRedeemed)] = ClaimState.Redeemed,
        [(ClaimState.NeedsAttention, ClaimTrigger.StaffReleased)] = ClaimState.Released,
        [(ClaimState.NeedsAttention, ClaimTrigger.StaffRetriedRedemption)] = ClaimState.Placed,
        [(ClaimState.RefundNeedsAttention, ClaimTrigger.StaffMarkedRefunded)] = ClaimState.Refunded,
        [(ClaimState.RefundNeedsAttention, ClaimTrigger.StaffRetriedRefund)] = ClaimState.Redeemed,
        [(ClaimState.RecordedForPos, ClaimTrigger.OrderCancelled)] = ClaimState.Released,
        [(ClaimState.RecordedForPos, ClaimTrigger.Removed)] = ClaimState.Released
    };

    private static readonly ClaimState[] ExpectedTerminal = [ClaimState.Released, ClaimState.Refunded, ClaimState.FailedFinal];

    private static readonly ClaimState[] ExpectedLive =
        [ClaimState.Claimed, ClaimState.Placed, ClaimState.Redeeming, ClaimState.FailedRetryable, ClaimState.OutcomeUnknown, ClaimState.NeedsAttention, ClaimState.RecordedForPos];

    private static IEnumerable<TestCaseData> AllPairs() =>
        from state in Enum.GetValues<ClaimState>()
        from trigger in Enum.GetValues<ClaimTrigger>()
        select new TestCaseData(state, trigger).SetName($"{{m}}({state}, {trigger})");

    [TestCaseSource(nameof(AllPairs))]
    public void EveryPair_IsEitherTheExpectedMoveOrRefused(ClaimState state, ClaimTrigger trigger)
    {
        if (Expected.TryGetValue((state, trigger), out var next))
        {
            Assert.Multiple(() =>
            {
                Assert.That(ClaimStateMachine.CanFire(state, trigger), Is.True);
                Assert.That(ClaimStateMachine.Fire(state, trigger), Is.EqualTo(next));
            });
            return;
        }

        var exception = Assert.Throws<InvalidClaimTransitionException>(() => ClaimStateMachine.Fire(state, trigger));
        Assert.Multiple(() =>
        {
            Assert.That(ClaimStateMachine.CanFire(state, trigger), Is.False);
            Assert.That(ClaimStateMachine.TryFire(state, trigger, out _), Is.False);
            Assert.That(exception!.State, Is.EqualTo(state));
            Assert.That(exception.Trigger, Is.EqualTo(trigger));
            Assert.That(exception.Message, Does.Contain(state.ToString()).And.Contain(trigger.ToString()));
        });
    }

    [Test]
    public void EveryState_IsAccountedForByThisTest()
    {
        var covered = Expected.Keys.Select(k => k.Item1).Concat(ExpectedTerminal).Distinct();

        Assert.That(covered, Is.EquivalentTo(Enum.GetValues<ClaimState>()),
            "A new ClaimState needs expected transitions (or a place in ExpectedTerminal) here.");
    }

    [Test]
    public void EveryTrigger_IsUsedSomewhere()
    {
        Assert.That(Expected.Keys.Select(k => k.Item2).Distinct(), Is.EquivalentTo(Enum.GetValues<ClaimTrigger>()));
    }

    [TestCaseSource(typeof(ClaimStateMachineTests), nameof(States))]
    public void IsTerminal_AndIsLive_MatchTheRules(ClaimState state)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ClaimStateMachine.IsTerminal(state), Is.EqualTo(ExpectedTerminal.Contains(state)));
            Assert.That(ClaimStateMachine.IsLive(state), Is.EqualTo(ExpectedLive.Contains(state)));
            Assert.That(ClaimStateMachine.PermittedTriggers(state),
                Is.EquivalentTo(Expected.Keys.Where(k => k.Item1 == state).Select(k => k.Item2)));
        });
    }

    [Test]
    public void Redeemed_CanNeverReachRedeemingAgain()
    {
        Assert.That(Reachable(ClaimState.Redeemed), Does.Not.Contain(ClaimState.Redeeming).And.Not.Contain(ClaimState.Placed));
    }

    [Test]
    public void Refunding_IsEnteredOnlyFromRedeemed_AndRefundedIsFinal()
    {
        var sources = from state in Enum.GetValues<ClaimState>()
                      from trigger in Enum.GetValues<ClaimTrigger>()
                      where ClaimStateMachine.TryFire(state, trigger, out var next) && next == ClaimState.Refunding
                      select state;

        Assert.Multiple(() =>
        {
            Assert.That(sources.Distinct(), Is.EqualTo(new[] { ClaimState.Redeemed }));
            Assert.That(Reachable(ClaimState.Refunded), Is.Empty);
        });
    }

    [Test]
    public void OutcomeUnknown_IsResolvedOnlyByAWalletCheckOrByStaff()
    {
        Assert.That(ClaimStateMachine.PermittedTriggers(ClaimState.OutcomeUnknown),
            Is.EquivalentTo(new[] { ClaimTrigger.WalletShowsRedeemed, ClaimTrigger.WalletShowsNotRedeemed, ClaimTrigger.NeedsStaff }));
    }

    [Test]
    public void OnlyStaffMoveAClaimThatNeedsThem()
    {
        var staffTriggers = new[]
        {
            ClaimTrigger.StaffMarkedRedeemed, ClaimTrigger.StaffReleased, ClaimTrigger.StaffRetriedRedemption,
            ClaimTrigger.StaffMarkedRefunded, ClaimTrigger.StaffRetriedRefund
        };
        Assert.Multiple(() =>
        {
            Assert.That(ClaimStateMachine.PermittedTriggers(ClaimState.NeedsAttention).Concat(ClaimStateMachine.PermittedTriggers(ClaimState.RefundNeedsAttention)),
                Is.EquivalentTo(staffTriggers));
            Assert.That(ClaimStateMachine.NeedsStaff(ClaimState.NeedsAttention) && ClaimStateMachine.NeedsStaff(ClaimState.RefundNeedsAttention), Is.True);
            Assert.That(Enum.GetValues<ClaimState>().Count(ClaimStateMachine.NeedsStaff), Is.EqualTo(2));
        });
    }

    [Test]
    public void HappyPath_ModelA_CancelledAfterRedemption_RefundsOnce()
    {
        var state = new[]
        {
            ClaimTrigger.OrderPlaced, ClaimTrigger.RedeemStarted, ClaimTrigger.RedeemOutcomeUnknown,
            ClaimTrigger.WalletShowsNotRedeemed, ClaimTrigger.RetryRequested, ClaimTrigger.RedeemStarted, ClaimTrigger.RedeemSucceeded,
            ClaimTrigger.OrderCancelled, ClaimTrigger.RefundSucceeded
        }.Aggregate(ClaimState.Claimed, ClaimStateMachine.Fire);

        Assert.Multiple(() =>
        {
            Assert.That(state, Is.EqualTo(ClaimState.Refunded));
            Assert.That(() => ClaimStateMachine.Fire(state, ClaimTrigger.RefundStarted), Throws.TypeOf<InvalidClaimTransitionException>());
        });
    }

    [Test]
    public void OrderCancelledBeforeThePut_Releases()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ClaimStateMachine.Fire(ClaimState.Placed, ClaimTrigger.OrderCancelled), Is.EqualTo(ClaimState.Released));
            Assert.That(ClaimStateMachine.Fire(ClaimState.FailedRetryable, ClaimTrigger.OrderCancelled), Is.EqualTo(ClaimState.Released));
            Assert.That(ClaimStateMachine.CanFire(ClaimState.Redeeming, ClaimTrigger.OrderCancelled), Is.False, "wait for the PUT's outcome");
        });
    }

    private static IEnumerable<ClaimState> States() => Enum.GetValues<ClaimState>();

    private static HashSet<ClaimState> Reachable(ClaimState from)
    {
        var seen = new HashSet<ClaimState>();
        var queue = new Queue<ClaimState>([from]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var trigger in ClaimStateMachine.PermittedTriggers(state))
            {
                var next = ClaimStateMachine.Fire(state, trigger);
                if (seen.Add(next))
                    queue.Enqueue(next);
            }
        }

        return seen;
    }
}
