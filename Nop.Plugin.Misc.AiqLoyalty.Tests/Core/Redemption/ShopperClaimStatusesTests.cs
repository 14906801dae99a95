using AiqLoyalty.Core.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Redemption;

/// <summary>What the shopper's account page says about a reward used on an order, for every claim state.</summary>
[TestFixture]
public class ShopperClaimStatusesTests
{
    /// <summary>Every state, with and without a cancellation (refund requested), written independently of the implementation.</summary>
    private static readonly Dictionary<ClaimState, (ShopperClaimStatus Plain, ShopperClaimStatus Cancelled)> Expected = new()
    {
        [ClaimState.Claimed] = (ShopperClaimStatus.Processing, ShopperClaimStatus.Processing),
        [ClaimState.Placed] = (ShopperClaimStatus.Processing, ShopperClaimStatus.Processing),
        [ClaimState.Redeeming] = (ShopperClaimStatus.Processing, ShopperClaimStatus.Processing),
        [ClaimState.Redeemed] = (ShopperClaimStatus.Redeemed, ShopperClaimStatus.PointsReturning),
        [ClaimState.FailedRetryable] = (ShopperClaimStatus.Processing, ShopperClaimStatus.Processing),
        [ClaimState.FailedFinal] = (ShopperClaimStatus.NoPointsTaken, ShopperClaimStatus.NoPointsTaken),
        [ClaimState.OutcomeUnknown] = (ShopperClaimStatus.Processing, ShopperClaimStatus.Processing),
        [ClaimState.Refunding] = (ShopperClaimStatus.PointsReturning, ShopperClaimStatus.PointsReturning),
        [ClaimState.RefundNeedsAttention] = (ShopperClaimStatus.PointsReturning, ShopperClaimStatus.PointsReturning),
        [ClaimState.Refunded] = (ShopperClaimStatus.PointsReturned, ShopperClaimStatus.PointsReturned),
        [ClaimState.Released] = (ShopperClaimStatus.NoPointsTaken, ShopperClaimStatus.NoPointsTaken),
        [ClaimState.RecordedForPos] = (ShopperClaimStatus.WaitingForStore, ShopperClaimStatus.WaitingForStore),
        [ClaimState.NeedsAttention] = (ShopperClaimStatus.Processing, ShopperClaimStatus.Processing)
    };

    [Test]
    public void TheTableNamesEveryClaimState() =>
        Assert.That(Expected.Keys, Is.EquivalentTo(Enum.GetValues<ClaimState>()), "a new claim state needs its words for the shopper decided here");

    [TestCaseSource(nameof(States))]
    public void EachStateReadsAsExpected(ClaimState state)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ShopperClaimStatuses.Of(state, refundRequested: false), Is.EqualTo(Expected[state].Plain), "order not cancelled");
            Assert.That(ShopperClaimStatuses.Of(state, refundRequested: true), Is.EqualTo(Expected[state].Cancelled), "order cancelled");
        });
    }

    [Test]
    public void PointsAreNeverSaidToBeTakenOrReturnedBeforeAiqConfirmedTheRedemption()
    {
        var beforeRedemption = new[] { ClaimState.Claimed, ClaimState.Placed, ClaimState.Redeeming, ClaimState.FailedRetryable, ClaimState.OutcomeUnknown, ClaimState.NeedsAttention };
        var taken = new[] { ShopperClaimStatus.Redeemed, ShopperClaimStatus.PointsReturning, ShopperClaimStatus.PointsReturned };

        foreach (var state in beforeRedemption)
        {
            foreach (var refundRequested in new[] { false, true })
                Assert.That(taken, Does.Not.Contain(ShopperClaimStatuses.Of(state, refundRequested)), $"{state}, refund requested {refundRequested}");
        }
    }

    private static IEnumerable<ClaimState> States() => Enum.GetValues<ClaimState>();
}
