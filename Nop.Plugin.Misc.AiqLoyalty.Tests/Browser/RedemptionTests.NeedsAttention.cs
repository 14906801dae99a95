using AiqLoyalty.Core.Redemption;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// A claim the worker handed to staff (AIQ's answers could not settle it) on the real admin: counted in
/// the plugin's menu, listed on its page, shown on the order with Mark redeemed / Release / Retry, and
/// released by staff without anything sent to AIQ.
/// </summary>
public partial class RedemptionTests
{
    [Test]
    [Order(5)]
    [Category("Browser")]
    public async Task ClaimNeedingAttention_CountedListedAndReleasedByStaff_NothingSentToAiq()
    {
        var phone = await Sandbox.CreateFreshMemberAsync("Attention");
        var shopper = await NewShopperAsync("guest");
        var claim = await ApplyRewardAsync(shopper, phone, WelcomeTemplate);
        var orderId = await PlaceOrderAsync(shopper);

        // What the worker writes when the wallet and balance cannot settle a lost answer (the unknown
        // paths themselves are proven against the sandbox's faults in the plugin and web-farm tiers).
        var handedOver = await StoreDatabase.ExecuteAsync(
            $"UPDATE {StoreDatabase.Q("AiqLoyaltyRewardClaim")} SET {StoreDatabase.Q("StateId")} = @attention, {StoreDatabase.Q("NextAttemptOnUtc")} = NULL, " +
            $"{StoreDatabase.Q("LastError")} = @error, {StoreDatabase.Q("RowVersion")} = {StoreDatabase.Q("RowVersion")} + 1 " +
            $"WHERE {StoreDatabase.Q("Id")} = @id AND {StoreDatabase.Q("StateId")} = @placed",
            ("attention", (int)ClaimState.NeedsAttention), ("error", "The redemption may or may not have reached AIQ (test)."),
            ("id", claim), ("placed", (int)ClaimState.Placed));
        if (handedOver != 1)
            Assert.Inconclusive("the store's worker redeemed the claim before the test could hand it to staff; run again");

        var admin = new StoreAdmin(await NewShopperAsync("admin"));
        await admin.LoginAsync();
        await admin.Page.GotoAsync("/Admin/AiqLoyaltyOrderAdmin/NeedsAttention");
        await Expect(admin.Page.Locator($"#aiq-needs-attention tr.aiq-attention-claim[data-claim-id='{claim}'] a")).ToHaveTextAsync(orderId.ToString());
        var menuItem = admin.Page.Locator("a[href$='/AiqLoyaltyOrderAdmin/NeedsAttention']").First;
        Assert.That(await menuItem.InnerTextAsync(), Does.Match(@"Needs attention \([1-9]\d*\)"), "the admin menu counts it");
        await admin.StepAsync("needs-attention-list");

        await admin.RunRedemptionTaskAsync();
        await admin.OpenOrderAsync(orderId);
        var row = admin.Page.Locator($"tr.aiq-order-reward[data-claim-id='{claim}']");
        await Expect(row.Locator(".aiq-state")).ToHaveTextAsync("Needs attention");
        await Expect(row.Locator("button.aiq-mark-redeemed")).ToBeVisibleAsync();
        await Expect(row.Locator("button.aiq-retry")).ToBeVisibleAsync();
        await admin.Page.Locator("#aiq-order-rewards").ScrollIntoViewIfNeededAsync();
        await admin.StepAsync("order-needs-attention");

        await row.Locator("button.aiq-release").ClickAsync();
        await admin.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await admin.OpenOrderAsync(orderId);
        await Expect(admin.Page.Locator($"tr.aiq-order-reward[data-claim-id='{claim}'] .aiq-state")).ToHaveTextAsync("Released");
        await admin.Page.Locator("#aiq-order-rewards").ScrollIntoViewIfNeededAsync();
        await admin.StepAsync("order-released-by-staff");

        var logged = await StoreDatabase.QueryLinesAsync(
            $"SELECT COUNT(*) FROM {StoreDatabase.Q("ActivityLog")} WHERE {StoreDatabase.Q("Comment")} LIKE @comment",
            ("comment", $"AIQ loyalty: staff chose Release on reward claim {claim} (order {orderId}): NeedsAttention -> Released%"));
        var record = await Sandbox.GetShopperAsync(phone);
        Assert.Multiple(() =>
        {
            Assert.That(logged.Single(), Is.EqualTo("1"), "the decision is in nopCommerce's activity log");
            Assert.That(record.Redemptions, Is.Empty, "the worker left it alone and staff released it: nothing was sent");
        });
    }
}
