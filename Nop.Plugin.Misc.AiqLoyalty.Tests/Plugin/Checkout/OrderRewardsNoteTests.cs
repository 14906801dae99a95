using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>The note auditors read on the order.</summary>
[TestFixture]
public class OrderRewardsNoteTests
{
    private static readonly AiqRewardClaim[] Claims =
    [
        new() { RewardName = "$10 off", TemplateId = "t-10", PosDiscountId = "POS-10", PointsDeduction = 300 },
        new() { RewardName = "15% off", TemplateId = "t-15", PosDiscountId = null, PointsDeduction = 200 }
    ];

    [Test]
    public void ModelANoteListsEachRewardItsPointsTheTotalAndThatThePluginRedeems()
    {
        var note = OrderRewardsNote.Compose(Claims, AiqRedemptionModel.RedeemOnOrder);

        Assert.That(note, Is.EqualTo(
            "AIQ loyalty rewards used: $10 off (AIQ template t-10, POS discount POS-10) pointsDeduction 300; "
            + "15% off (AIQ template t-15) pointsDeduction 200. Total pointsDeduction: 500. "
            + "Redemption model A: points are deducted through AIQ once, by the plugin's redemption worker."));
    }

    [Test]
    public void ModelBNoteTellsStaffToRedeemAtThePos()
    {
        var note = OrderRewardsNote.Compose(Claims.Take(1).ToList(), AiqRedemptionModel.RecordForPos);

        Assert.That(note, Is.EqualTo(
            "AIQ loyalty rewards used: $10 off (AIQ template t-10, POS discount POS-10) pointsDeduction 300. Total pointsDeduction: 300. "
            + "Redemption model B: redeem these rewards at the POS; AIQ's balance is not changed online."));
    }

    [Test]
    [SetCulture("de-DE")]
    public void NumbersDoNotFollowTheServersCulture()
    {
        var big = new AiqRewardClaim { RewardName = "Big", TemplateId = "t-big", PointsDeduction = 1234567 };

        var note = OrderRewardsNote.Compose([big], AiqRedemptionModel.RedeemOnOrder);

        Assert.That(note, Does.Contain("pointsDeduction 1234567").And.Contain("Total pointsDeduction: 1234567."));
    }

    [Test]
    public void ClaimsAreRequired() =>
        Assert.Throws<ArgumentNullException>(() => OrderRewardsNote.Compose(null!, AiqRedemptionModel.RedeemOnOrder));
}
