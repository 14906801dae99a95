using AiqLoyalty.Core.Privacy;
using AiqLoyalty.Core.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Privacy;

[TestFixture]
public class ClaimErasureTests
{
    [Test]
    public void EveryStateHasItsErasureAction()
    {
        var expected = new Dictionary<ClaimState, ClaimErasureAction>
        {
            [ClaimState.Claimed] = ClaimErasureAction.ReleaseThenAnonymise,
            [ClaimState.Redeemed] = ClaimErasureAction.Anonymise,
            [ClaimState.Released] = ClaimErasureAction.Anonymise,
            [ClaimState.Refunded] = ClaimErasureAction.Anonymise,
            [ClaimState.FailedFinal] = ClaimErasureAction.Anonymise,
            [ClaimState.Placed] = ClaimErasureAction.WaitUntilSettled,
            [ClaimState.Redeeming] = ClaimErasureAction.WaitUntilSettled,
            [ClaimState.FailedRetryable] = ClaimErasureAction.WaitUntilSettled,
            [ClaimState.OutcomeUnknown] = ClaimErasureAction.WaitUntilSettled,
            [ClaimState.Refunding] = ClaimErasureAction.WaitUntilSettled,
            [ClaimState.RecordedForPos] = ClaimErasureAction.WaitUntilSettled,
            [ClaimState.NeedsAttention] = ClaimErasureAction.WaitUntilSettled,
            [ClaimState.RefundNeedsAttention] = ClaimErasureAction.WaitUntilSettled
        };

        Assert.That(Enum.GetValues<ClaimState>(), Is.EquivalentTo(expected.Keys), "a new state needs its erasure action decided");
        foreach (var (state, action) in expected)
            Assert.That(ClaimErasure.ActionFor(state), Is.EqualTo(action), state.ToString());
    }

    [Test]
    public void NoLiveClaimIsAnonymisedWhileItHoldsTheReward()
    {
        foreach (var state in Enum.GetValues<ClaimState>().Where(ClaimStateMachine.IsLive))
            Assert.That(ClaimErasure.ActionFor(state), Is.Not.EqualTo(ClaimErasureAction.Anonymise), state.ToString());
    }
}
