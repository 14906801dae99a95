using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Offers;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Checkout;

[TestFixture]
public class ClaimEligibilityTests
{
    private static RewardOffer Offer(string id, long cost = 100, RewardKind kind = RewardKind.FixedAmount, decimal? minimum = null) => new()
    {
        TemplateId = id, Name = "Reward " + id, PointsCost = cost, Kind = kind, Amount = 5, MinimumOrderTotal = minimum,
        RedemptionUrl = "https://lab.alpineiq.com/api/v1.1/discount/redeem/1/" + id + "/t"
    };

    private static WalletView Wallet(long? points, params RewardOffer[] offers) => new() { ContactId = "c_1", Points = points, Offers = offers };

    private static ApplyRefusal Check(WalletView wallet, string id, string[]? applied = null, int max = 1, decimal? subtotal = 100m, bool mapped = false) =>
        ClaimEligibility.Check(wallet, id, applied ?? [], max, subtotal, _ => mapped).Refusal;

    [Test]
    public void AnOfferedAffordableRewardCanBeApplied() =>
        Assert.That(Check(Wallet(500, Offer("1")), "1"), Is.EqualTo(ApplyRefusal.None));

    [Test]
    public void ARewardNotInTheFreshWalletIsRefused() =>
        Assert.That(Check(Wallet(500, Offer("1")), "2"), Is.EqualTo(ApplyRefusal.NotOffered));

    [Test]
    public void TheSameRewardTwiceIsRefused() =>
        Assert.That(Check(Wallet(500, Offer("1")), "1", ["1"], max: 3), Is.EqualTo(ApplyRefusal.AlreadyApplied));

    [Test]
    public void ThePerOrderLimitHolds()
    {
        Assert.That(Check(Wallet(500, Offer("1"), Offer("2")), "2", ["1"], max: 1), Is.EqualTo(ApplyRefusal.MaxRewardsReached));
        Assert.That(Check(Wallet(500, Offer("1"), Offer("2")), "2", ["1"], max: 2), Is.EqualTo(ApplyRefusal.None));
    }

    [Test]
    public void TooFewPointsIsRefusedButHiddenPointsAreLeftToAiq()
    {
        Assert.That(Check(Wallet(50, Offer("1", cost: 100)), "1"), Is.EqualTo(ApplyRefusal.NotEnoughPoints));
        Assert.That(Check(Wallet(null, Offer("1", cost: 100)), "1"), Is.EqualTo(ApplyRefusal.None));
    }

    [Test]
    [Category("Abuse")]
    public void Attack08_SamePointsSpentTwice_PointsHeldByLiveClaimsAreNotSpendableAgain()
    {
        // 400 points; a 300-point reward is already held (another cart, or applied to this order).
        var wallet = Wallet(400, Offer("1", cost: 300), Offer("2", cost: 300), Offer("3", cost: 100));
        Assert.Multiple(() =>
        {
            Assert.That(ClaimEligibility.Check(wallet, "2", [], 2, 100m, _ => false, pointsHeld: 300).Refusal, Is.EqualTo(ApplyRefusal.NotEnoughPoints));
            Assert.That(ClaimEligibility.Check(wallet, "3", [], 2, 100m, _ => false, pointsHeld: 300).Refusal, Is.EqualTo(ApplyRefusal.None), "the last 100 points still buy a 100-point reward");
            Assert.That(ClaimEligibility.Check(wallet, "2", [], 2, 100m, _ => false, pointsHeld: 0).Refusal, Is.EqualTo(ApplyRefusal.None));
        });
    }

    [Test]
    public void TheMinimumOrderTotalIsChecked()
    {
        Assert.That(Check(Wallet(500, Offer("1", minimum: 150)), "1", subtotal: 100), Is.EqualTo(ApplyRefusal.BelowMinimum));
        Assert.That(Check(Wallet(500, Offer("1", minimum: 150)), "1", subtotal: 150), Is.EqualTo(ApplyRefusal.None));
    }

    [Test]
    public void AStoreDiscountRewardNeedsAMappedDiscount()
    {
        var bogo = Offer("9", kind: RewardKind.StoreDiscount) with { PosDiscountId = "POS-BOGO-1" };
        Assert.That(Check(Wallet(500, bogo), "9", mapped: false), Is.EqualTo(ApplyRefusal.NotAvailableOnline));
        Assert.That(Check(Wallet(500, bogo), "9", mapped: true), Is.EqualTo(ApplyRefusal.None));
    }

    [Test]
    public void TheLiveClaimKeyIsPerAiqAccountContactAndReward() =>
        Assert.That(ClaimEligibility.LiveClaimKey("1546", "c_ann", "1010"), Is.EqualTo("1546:c_ann:1010"));
}
