using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// Redemption end to end (issue 5) against a real store and the AIQ sandbox: a guest's order with a
/// reward is redeemed by the worker exactly once and its points come back exactly once when staff
/// cancel the order; redemption PUTs answered 503 or dropped still end redeemed exactly once; and
/// staff-assisted redemption applies a reward to a registered customer's own cart.
/// </summary>
[TestFixture]
[Category("Redemption")]
public partial class RedemptionTests : BrowserTestBase
{
    #region Fields

    /// <summary>Demo shopper Ann (1,233 points): her reward 1070 "$1 OFF every visit" costs 50 points and is reusable, so the scenario can run again.</summary>
    private const string Ann = TestPhones.Ann;

    private const string PointsTemplate = "1070";

    /// <summary>The welcome gift every fresh sandbox member gets (0 points).</summary>
    private const string WelcomeTemplate = "2001";

    private const string RedeemPath = "/api/v1.1/discount/redeem";

    private static readonly TimeSpan WorkerTimeout = TimeSpan.FromSeconds(90);

    #endregion

    #region Tests

    [Test]
    [Order(1)]
    [Category("Browser")]
    public async Task GuestOrderWithReward_RedeemedOnce_CancelInAdmin_PointsBackOnce()
    {
        await StoreDatabase.ForgetPhoneAsync(Ann);
        var start = await Sandbox.GetShopperAsync(Ann);
        TestContext.Out.WriteLine($"sandbox before: {start}");

        var shopper = await NewShopperAsync("guest");
        var claim = await ApplyRewardAsync(shopper, Ann, PointsTemplate);
        var orderId = await PlaceOrderAsync(shopper);
        TestContext.Out.WriteLine($"order {orderId} placed with claim {claim}");

        var admin = new StoreAdmin(await NewShopperAsync("admin"));
        await admin.LoginAsync();
        await admin.RunRedemptionTaskAsync();
        await admin.StepAsync("task-run-now");
        var reward = await admin.WaitForRewardStateAsync(orderId, "Redeemed", WorkerTimeout);
        await Expect(admin.Page.Locator("#aiq-order-rewards")).ToBeVisibleAsync();
        await admin.Page.Locator("#aiq-order-rewards").ScrollIntoViewIfNeededAsync();
        await admin.StepAsync("order-reward-redeemed");

        var redeemed = await Sandbox.GetShopperAsync(Ann);
        TestContext.Out.WriteLine($"sandbox after the worker: {redeemed}");
        var newRedemptions = redeemed.Redemptions.Skip(start.Redemptions.Count).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reward.ClaimId, Is.EqualTo(claim), "the order's claim is the one applied in the cart");
            Assert.That(reward.TemplateId, Is.EqualTo(PointsTemplate));
            Assert.That(reward.PointsDeduction, Is.EqualTo(50), "pointsDeduction on the admin order page");
            Assert.That(newRedemptions, Has.Count.EqualTo(1), "exactly one redemption in the sandbox");
            Assert.That(newRedemptions.Single().TemplateId, Is.EqualTo(PointsTemplate));
            Assert.That(newRedemptions.Single().Points, Is.EqualTo(reward.PointsDeduction));
            Assert.That(newRedemptions.Single().TransactionId, Is.Null, "ecommerce order: no POS transaction id");
            Assert.That(redeemed.LoyaltyPoints, Is.EqualTo(start.LoyaltyPoints - reward.PointsDeduction), "balance down by pointsDeduction");
            Assert.That(redeemed.Refunds, Has.Count.EqualTo(start.Refunds.Count), "no refund yet");
        });

        // Cancel in admin.
        await admin.OpenOrderAsync(orderId);
        Assert.That(await admin.CanCancelAsync(), Is.True, "the order page offers Cancel order");
        await admin.CancelOrderAsync();
        await admin.StepAsync("order-cancelled");
        var refunded = await admin.WaitForRewardStateAsync(orderId, "Refunded", WorkerTimeout);
        await admin.Page.Locator("#aiq-order-rewards").ScrollIntoViewIfNeededAsync();
        await admin.StepAsync("order-reward-refunded");

        var back = await Sandbox.GetShopperAsync(Ann);
        TestContext.Out.WriteLine($"sandbox after the cancellation: {back}");
        var newRefunds = back.Refunds.Skip(start.Refunds.Count).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(refunded.ClaimId, Is.EqualTo(claim));
            Assert.That(back.Redemptions, Has.Count.EqualTo(start.Redemptions.Count + 1), "still one redemption");
            Assert.That(back.Adjustments, Has.Count.EqualTo(start.Adjustments.Count + 1), "exactly one adjustment");
            Assert.That(newRefunds, Has.Count.EqualTo(1), "one adjustment with aiq-nop-refund:");
            Assert.That(newRefunds.Single().Value, Is.EqualTo(reward.PointsDeduction), "the points come back");
            Assert.That(back.LoyaltyPoints, Is.EqualTo(start.LoyaltyPoints), "balance back where it was");
        });

        // Cancelling again is not offered; another worker run changes nothing.
        await admin.OpenOrderAsync(orderId);
        Assert.That(await admin.CanCancelAsync(), Is.False, "a cancelled order cannot be cancelled again");
        await admin.RunRedemptionTaskAsync();
        await admin.RunRedemptionTaskAsync();
        await admin.OpenOrderAsync(orderId);
        var after = await admin.ReadRewardsAsync();
        await admin.Page.Locator("#aiq-order-rewards").ScrollIntoViewIfNeededAsync();
        await admin.StepAsync("after-more-worker-runs");
        var final = await Sandbox.GetShopperAsync(Ann);
        TestContext.Out.WriteLine($"sandbox after two more worker runs: {final}");
        Assert.Multiple(() =>
        {
            Assert.That(after.Single().State, Is.EqualTo("Refunded"));
            Assert.That(final, Is.EqualTo(back).Using<SandboxShopperRecord>(SameRecord), "nothing changed in the sandbox");
        });
    }

    [Test]
    [Order(2)]
    public async Task RedeemPutAnswered503Twice_AfterFaultsClear_RedeemedExactlyOnce()
    {
        await RunFaultedRedemptionAsync("503x2", () => Sandbox.AddFaultAsync(RedeemPath, 503, 2));
    }

    [Test]
    [Order(3)]
    public async Task RedeemPutConnectionDropped_OutcomeUnknown_WalletCheck_RedeemedExactlyOnce()
    {
        await RunFaultedRedemptionAsync("drop", () => Sandbox.AddDropFaultAsync(RedeemPath, 1));
    }

    [Test]
    [Order(4)]
    [Category("Browser")]
    public async Task StaffAssisted_FindCustomer_TextPin_Verify_Apply_CustomerCartShowsDiscount()
    {
        var phone = await Sandbox.CreateFreshMemberAsync("Staff");
        var customer = await NewShopperAsync("customer");
        var email = $"aiq-staff-{DateTime.UtcNow:yyyyMMddHHmmss}-{Random.Shared.Next(1000, 9999)}@example.com";
        await RegisterAsync(customer, email);
        await customer.AddProductToCartAsync();
        await customer.OpenCartAsync();
        var before = await customer.ReadCartTotalsAsync();
        await customer.StepAsync("cart-before");

        var admin = new StoreAdmin(await NewShopperAsync("staff"));
        await admin.LoginAsync();
        var page = admin.Page;
        await page.GotoAsync("/Admin/AiqLoyaltyStaff/Redeem");
        await page.Locator("#customerEmail").FillAsync(email);
        await admin.StepAsync("find-customer");
        await page.Locator("button", new() { HasText = "Find customer" }).ClickAsync();
        var box = page.Locator("#aiq-staff-box");
        await Expect(box).ToBeVisibleAsync();
        await Expect(box.Locator(".card-header")).ToContainTextAsync(email.Length > 0 ? "Customer:" : string.Empty);

        await box.Locator("#contact").FillAsync(phone);
        await box.Locator("button", new() { HasText = "Text the shopper a PIN" }).ClickAsync();
        await Expect(box.Locator("#code")).ToBeVisibleAsync();
        await admin.StepAsync("pin-sent");

        await box.Locator("#code").FillAsync(await Sandbox.LatestCodeAsync(phone));
        await box.Locator("button", new() { HasText = "Verify" }).ClickAsync();
        var apply = box.Locator($"form:has(input[name=templateId][value='{WelcomeTemplate}']) button");
        await Expect(apply).ToBeVisibleAsync();
        await admin.StepAsync("verified-wallet");

        await apply.ClickAsync();
        await Expect(box).ToContainTextAsync("Applied:");
        await admin.StepAsync("reward-applied");

        await customer.OpenCartAsync();
        var after = await customer.ReadCartTotalsAsync();
        await customer.StepAsync("cart-with-staff-discount");
        TestContext.Out.WriteLine($"customer {email}, phone {phone}: totals before {before}; after staff applied $5 welcome gift {after}");
        Assert.That(after.Total, Is.EqualTo(before.Total - 5m), "the customer's own cart total drops by the $5 reward");

        // Leave no live claim behind.
        await box.Locator("form:has(input[name=claimId]) button", new() { HasText = "Remove" }).First.ClickAsync();
        await Expect(box).Not.ToContainTextAsync("Applied:");
    }

    #endregion

    #region Utilities

    private async Task RunFaultedRedemptionAsync(string label, Func<Task> addFault)
    {
        await Sandbox.ClearFaultsAsync();
        var phone = await Sandbox.CreateFreshMemberAsync("Fault");
        try
        {
            var shopper = await NewShopperAsync("guest");
            await ApplyRewardAsync(shopper, phone, WelcomeTemplate);
            var orderId = await PlaceOrderAsync(shopper);

            await addFault();
            var admin = new StoreAdmin(await NewShopperAsync("admin"));
            await admin.LoginAsync();
            await admin.RunRedemptionTaskAsync();
            await admin.OpenOrderAsync(orderId);
            var first = (await admin.ReadRewardsAsync()).Single();
            await admin.Page.Locator("#aiq-order-rewards").ScrollIntoViewIfNeededAsync();
            await admin.StepAsync($"after-first-run-{label}");
            TestContext.Out.WriteLine($"{label}: after the first worker run the claim is {first.State}");

            var reward = await admin.WaitForRewardStateAsync(orderId, "Redeemed", TimeSpan.FromSeconds(150), useRetryButton: true);
            await admin.Page.Locator("#aiq-order-rewards").ScrollIntoViewIfNeededAsync();
            await admin.StepAsync($"redeemed-{label}");
            Assert.That(await Sandbox.PendingFaultsAsync(), Is.Zero, "every fault fired");

            // One more run: still exactly one.
            await admin.RunRedemptionTaskAsync();
            var record = await Sandbox.GetShopperAsync(phone);
            TestContext.Out.WriteLine($"{label}: order {orderId}, claim {reward.ClaimId}; sandbox {record}");
            Assert.Multiple(() =>
            {
                Assert.That(record.Redemptions, Has.Count.EqualTo(1), "exactly one redemption");
                Assert.That(record.Redemptions.Single().TemplateId, Is.EqualTo(WelcomeTemplate));
                Assert.That(record.Redemptions.Single().TransactionId, Is.Null);
                Assert.That(record.Adjustments, Is.Empty);
            });
        }
        finally
        {
            await Sandbox.ClearFaultsAsync();
        }
    }

    /// <summary>Cart with the sample product, PIN by phone, one reward applied; returns the claim id.</summary>
    private async Task<int> ApplyRewardAsync(StoreShopper shopper, string phone, string templateId)
    {
        await shopper.AddProductToCartAsync();
        await shopper.OpenCartAsync();
        await shopper.SendCodeAsync(phone);
        await Expect(shopper.Box.Locator("input[name=code]")).ToBeVisibleAsync();
        await shopper.EnterCodeAsync(await Sandbox.LatestCodeAsync(phone));
        await Expect(shopper.Box.Locator($".aiq-reward[data-template-id='{templateId}']")).ToBeVisibleAsync();
        await shopper.ClickActionAsync("Apply", templateId: templateId);
        var applied = shopper.Box.Locator(".aiq-applied-reward");
        await Expect(applied).ToHaveCountAsync(1);
        await shopper.StepAsync("reward-applied");
        return int.Parse((await applied.GetAttributeAsync("data-claim-id"))!);
    }

    /// <summary>Guest one-page checkout; returns the order id.</summary>
    private static async Task<int> PlaceOrderAsync(StoreShopper shopper)
    {
        await shopper.StartGuestCheckoutAsync();
        await shopper.CompleteOnePageCheckoutAsync($"aiq-redeem-{Guid.NewGuid():N}@example.com");
        await shopper.StepAsync("order-completed");
        var href = await shopper.Page.Locator(".details-link a").First.GetAttributeAsync("href");
        var match = OrderIdPattern().Match(href ?? string.Empty);
        Assert.That(match.Success, Is.True, $"order id in {href}");
        return int.Parse(match.Groups[1].Value);
    }

    /// <summary>Registers a customer on the public /register page (stays logged in).</summary>
    private static async Task RegisterAsync(StoreShopper shopper, string email)
    {
        var page = shopper.Page;
        await page.GotoAsync("/register");
        await page.Locator("#FirstName").FillAsync("Staff");
        await page.Locator("#LastName").FillAsync("Assisted");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync("Passw0rd!Aiq");
        await page.Locator("#ConfirmPassword").FillAsync("Passw0rd!Aiq");
        await shopper.StepAsync("register");
        await page.Locator("#register-button").ClickAsync();
        await Expect(page.Locator(".registration-result-page .result")).ToBeVisibleAsync();
        await shopper.StepAsync("registered");
    }

    private static bool SameRecord(SandboxShopperRecord a, SandboxShopperRecord b) =>
        a.LoyaltyPoints == b.LoyaltyPoints && a.Redemptions.SequenceEqual(b.Redemptions) && a.Adjustments.SequenceEqual(b.Adjustments);

    [GeneratedRegex(@"orderdetails/(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex OrderIdPattern();

    #endregion
}
