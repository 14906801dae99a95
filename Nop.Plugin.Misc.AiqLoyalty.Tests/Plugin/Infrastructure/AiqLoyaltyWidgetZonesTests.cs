using Nop.Plugin.Misc.AiqLoyalty.Components;
using Nop.Plugin.Misc.AiqLoyalty.Infrastructure;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Infrastructure;

/// <summary>Where the rewards box renders.</summary>
[TestFixture]
public class AiqLoyaltyWidgetZonesTests
{
    private const string Cart = "order_summary_content_deals";
    private const string OnePageTop = "opc_content_before";
    private const string OnePageConfirm = "op_checkout_confirm_top";
    private const string MultiStepConfirm = "checkout_confirm_top";

    private static AiqLoyaltySettings Settings(bool cart, bool onePage, bool multiStep) =>
        new() { ShowOnCartPage = cart, ShowOnOnePageCheckout = onePage, ShowOnMultiStepCheckout = multiStep };

    [TestCase(Cart, true, false, false, ExpectedResult = true)]
    [TestCase(Cart, false, true, true, ExpectedResult = false)]
    [TestCase(OnePageTop, false, true, false, ExpectedResult = true)]
    [TestCase(OnePageTop, true, false, true, ExpectedResult = false)]
    [TestCase(OnePageConfirm, false, true, false, ExpectedResult = true)]
    [TestCase(OnePageConfirm, true, false, true, ExpectedResult = false)]
    [TestCase(MultiStepConfirm, false, false, true, ExpectedResult = true)]
    [TestCase(MultiStepConfirm, true, true, false, ExpectedResult = false)]
    [TestCase("ORDER_SUMMARY_CONTENT_DEALS", true, false, false, ExpectedResult = true)]
    [TestCase("productdetails_top", true, true, true, ExpectedResult = false)]
    [TestCase("", true, true, true, ExpectedResult = false)]
    [TestCase(null, true, true, true, ExpectedResult = false)]
    public bool TheBoxShowsOnlyWhereTheMerchantTurnedItOn(string? zone, bool cart, bool onePage, bool multiStep) =>
        AiqLoyaltyWidgetZones.IsShown(zone!, Settings(cart, onePage, multiStep));

    [Test]
    public void SettingsAreRequired() =>
        Assert.Throws<ArgumentNullException>(() => AiqLoyaltyWidgetZones.IsShown(Cart, null!));

    [TestCase(Cart)]
    [TestCase(OnePageTop)]
    [TestCase(OnePageConfirm)]
    [TestCase(MultiStepConfirm)]
    [TestCase("Checkout_Confirm_Top")]
    public void TheFourZonesRenderTheRewardsBox(string zone) =>
        Assert.That(AiqLoyaltyWidgetZones.GetViewComponent(zone), Is.EqualTo(typeof(RewardsBoxViewComponent)));

    [TestCase("productdetails_top")]
    [TestCase("order_summary_content_before")]
    [TestCase("")]
    [TestCase(null)]
    public void OtherZonesRenderNothing(string? zone) =>
        Assert.That(AiqLoyaltyWidgetZones.GetViewComponent(zone!), Is.Null);

    [Test]
    public void TheAdminDashboardRendersTheFiguresBlockAndTheOrderPageTheRewards()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AiqLoyaltyWidgetZones.GetViewComponent("admin_dashboard_top"), Is.EqualTo(typeof(DashboardAdminViewComponent)));
            Assert.That(AiqLoyaltyWidgetZones.GetViewComponent("admin_order_details_block"), Is.EqualTo(typeof(OrderRewardsAdminViewComponent)));
            Assert.That(AiqLoyaltyWidgetZones.AllWithAdmin, Does.Contain("admin_dashboard_top").And.Contain("admin_order_details_block"));
        });
    }

    [Test]
    public void AllListsExactlyTheFourZones() =>
        Assert.That(AiqLoyaltyWidgetZones.All, Is.EquivalentTo(new[] { Cart, OnePageTop, OnePageConfirm, MultiStepConfirm }));

    [TestCase(OnePageConfirm, ExpectedResult = true)]
    [TestCase(MultiStepConfirm, ExpectedResult = true)]
    [TestCase(OnePageTop, ExpectedResult = false)]
    [TestCase(Cart, ExpectedResult = false)]
    public bool OnlyConfirmStepsRecheckTheWallet(string zone) => AiqLoyaltyWidgetZones.IsConfirmStep(zone);

    [TestCase(false, false, false)]
    [TestCase(true, true, true)]
    public void TheAccountPageShowsTheBoxWhateverTheCheckoutZonesSay(bool cart, bool onePage, bool multiStep) =>
        Assert.That(AiqLoyaltyWidgetZones.IsShown(AiqLoyaltyWidgetZones.AccountPage, Settings(cart, onePage, multiStep)), Is.True);

    [Test]
    public void TheAccountPageIsNoNopCommerceZone_ThePageRendersTheBoxItself()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AiqLoyaltyWidgetZones.All, Does.Not.Contain(AiqLoyaltyWidgetZones.AccountPage));
            Assert.That(AiqLoyaltyWidgetZones.GetViewComponent(AiqLoyaltyWidgetZones.AccountPage), Is.Null);
            Assert.That(AiqLoyaltyWidgetZones.IsConfirmStep(AiqLoyaltyWidgetZones.AccountPage), Is.False);
        });
    }

    [TestCase(AiqLoyaltyWidgetZones.AccountPage, ExpectedResult = true)]
    [TestCase("AIQ_LOYALTY_ACCOUNT_REWARDS", ExpectedResult = true)]
    [TestCase(Cart, ExpectedResult = false)]
    [TestCase(OnePageConfirm, ExpectedResult = false)]
    [TestCase(null, ExpectedResult = false)]
    public bool OnlyTheAccountZoneIsReadOnly(string? zone) => AiqLoyaltyWidgetZones.IsAccountPage(zone!);
}
