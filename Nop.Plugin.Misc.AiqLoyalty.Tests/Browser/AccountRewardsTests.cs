using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// The shopper's rewards page in the customer account (issue 12, item 5) in headless Chromium against
/// a real store and the AIQ sandbox: guests are sent to log in; a registered customer finds "Rewards"
/// in the account menu, verifies once with the PIN and sees points and rewards (read-only, contact
/// masked), still verified on the next visit and from another browser; an order that used a reward is
/// listed with its order link; a failing AIQ leaves the page and its past orders; another customer
/// sees none of it. Each run uses a fresh sandbox member.
/// </summary>
[TestFixture]
public class AccountRewardsTests : BrowserTestBase
{
    #region Fields

    /// <summary>The welcome gift every fresh sandbox member gets (0 points).</summary>
    private const string WelcomeTemplate = "2001";

    private const string WelcomeName = "$5 welcome gift";

    private const string Cooldown = "Please wait a few seconds before asking for another code.";

    private const string InUse = "In use: in a cart or on an order not yet redeemed";

    #endregion

    #region Tests

    [Test]
    [Order(1)]
    public async Task AGuestIsSentToLogIn_AndComesBackToThePageAfterwards()
    {
        var guest = await NewShopperAsync("guest");

        await guest.Page.GotoAsync(StoreShopper.AccountRewardsPath);

        await Expect(guest.Page).ToHaveURLAsync(new Regex(@"/login\?returnUrl=%2Fcustomer%2Faiq-rewards", RegexOptions.IgnoreCase));
        await Expect(guest.Page.Locator(".aiq-rewards")).ToHaveCountAsync(0);
        await guest.StepAsync("login-asked");
    }

    [Test]
    [Order(2)]
    public async Task RegisteredCustomer_VerifiesOnce_SeesPointsAndRewards_OrderWithRewardListed_AnotherCustomerSeesNothing()
    {
        var phone = await Sandbox.CreateFreshMemberAsync("Account");
        var email = $"aiq-account-{Guid.NewGuid():N}@example.com";
        string? otherPhone = null;
        try
        {
            // Registered; the account menu has "Rewards"; nothing is shown before the PIN.
            var member = await NewShopperAsync("member");
            await member.RegisterAsync(email);
            await member.Page.GotoAsync("/customer/info");
            var menuItem = member.Page.Locator(".block-account-navigation li.aiq-loyalty-rewards a");
            await Expect(menuItem).ToHaveTextAsync("Rewards");
            await menuItem.ClickAsync();
            await Expect(member.Page).ToHaveURLAsync(new Regex("/customer/aiq-rewards$", RegexOptions.IgnoreCase));
            await Expect(member.Page.Locator(".block-account-navigation li.aiq-loyalty-rewards")).ToHaveClassAsync(new Regex(@"\bactive\b"));
            await Expect(member.AccountBox.Locator("input[name=contact]")).ToBeVisibleAsync();
            await Expect(member.AccountBox.Locator(".aiq-points, .aiq-reward, .aiq-identity")).ToHaveCountAsync(0);
            await Expect(member.Page.Locator(".aiq-past-orders .no-data")).ToBeVisibleAsync();
            await member.StepAsync("before-verification");

            // Verify with the PIN AIQ texted: points, the rewards (read-only), the contact masked.
            await member.SendCodeAsync(phone);
            await Expect(member.AccountBox.Locator("input[name=code]")).ToBeVisibleAsync();
            await member.EnterCodeAsync(await Sandbox.LatestCodeAsync(phone));
            var points = (await Sandbox.GetShopperAsync(phone)).LoyaltyPoints;
            await ExpectWalletAsync(member, points, phone);
            await Expect(member.AccountBox.Locator("[data-aiq-action='Apply'], [data-aiq-action='Remove']")).ToHaveCountAsync(0);
            await Expect(member.AccountBox.Locator(".aiq-use-in-cart a")).ToHaveAttributeAsync("href", new Regex("/cart$"));
            await member.StepAsync("verified-wallet");

            // Verified once: the next visit, and another browser logged in as the same customer, need no PIN.
            await member.OpenAccountRewardsAsync();
            await ExpectWalletAsync(member, points, phone);
            var sameCustomer = await NewShopperAsync("member-other-browser");
            await sameCustomer.LoginAsync(email);
            await sameCustomer.OpenAccountRewardsAsync();
            await ExpectWalletAsync(sameCustomer, points, phone);
            await Expect(sameCustomer.AccountBox.Locator("input[name=code], input[name=contact]")).ToHaveCountAsync(0);
            await sameCustomer.StepAsync("still-verified");

            // An order with the welcome gift, placed from the cart: listed with its order link.
            await member.AddProductToCartAsync();
            await member.OpenCartAsync();
            await member.ClickActionAsync("Apply", templateId: WelcomeTemplate);
            await Expect(member.Box.Locator(".aiq-applied-reward")).ToHaveCountAsync(1);
            await member.StartGuestCheckoutAsync();
            await member.CompleteOnePageCheckoutAsync(email);
            var orderId = await member.CompletedOrderIdAsync();

            await member.OpenAccountRewardsAsync();
            var row = member.PastOrderRows.And(member.Page.Locator($"[data-order-id='{orderId}']"));
            await Expect(member.PastOrderRows).ToHaveCountAsync(1);
            await Expect(row.Locator("td.reward")).ToHaveTextAsync(WelcomeName);
            await Expect(row.Locator("td.points")).ToHaveTextAsync("0");
            await Expect(row.Locator("td.order a")).ToHaveAttributeAsync("href", new Regex($"/orderdetails/{orderId}$"));
            await Expect(row.Locator("td.status")).ToHaveAttributeAsync("data-status", new Regex("^(Processing|Redeemed)$"));
            await member.StepAsync("past-order-listed");
            TestContext.Out.WriteLine($"order {orderId}: {(await row.InnerTextAsync()).Trim()}");

            // Another customer: not verified, no past orders, nothing of the member's on the page.
            var stranger = await NewShopperAsync("stranger");
            await stranger.RegisterAsync($"aiq-account-{Guid.NewGuid():N}@example.com");
            await stranger.OpenAccountRewardsAsync();
            await Expect(stranger.AccountBox.Locator("input[name=contact]")).ToBeVisibleAsync();
            await Expect(stranger.PastOrderRows).ToHaveCountAsync(0);
            await Expect(stranger.Page.Locator(".aiq-past-orders .no-data")).ToBeVisibleAsync();
            var strangersPage = await stranger.Page.ContentAsync();
            Assert.Multiple(() =>
            {
                Assert.That(strangersPage, Does.Not.Contain(WelcomeName));
                Assert.That(strangersPage, Does.Not.Contain("*" + phone[^4..]), "the member's masked phone");
                Assert.That(strangersPage, Does.Not.Contain($"orderdetails/{orderId}"));
            });
            await stranger.StepAsync("another-customer");

            // The reward its order holds (until the worker redeems it) reads "in use", never as a button:
            // the box's one button is "use a different number".
            var gift = member.AccountBox.Locator($".aiq-reward[data-template-id='{WelcomeTemplate}']");
            if (await gift.CountAsync() > 0 && await gift.Locator(".aiq-in-use").CountAsync() > 0)
                await Expect(gift.Locator(".aiq-in-use")).ToHaveTextAsync(InUse);
            await Expect(member.AccountBox.Locator("button")).ToHaveCountAsync(1);
            await Expect(member.AccountBox.Locator("button[data-aiq-action='Forget']")).ToBeVisibleAsync();

            // AIQ failing: the member starts over with another phone, whose code cannot be sent; the
            // page and its past orders stay.
            await member.ClickActionAsync("Forget");
            await Expect(member.AccountBox.Locator("input[name=contact]")).ToBeVisibleAsync();
            await Expect(member.AccountBox.Locator(".aiq-points")).ToHaveCountAsync(0);
            otherPhone = await Sandbox.UnusedPhoneAsync();
            await Sandbox.AddFaultAsync("/api/v2", 503, 50);
            Assert.That(await SendCodeAfterCooldownAsync(member, otherPhone), Does.Contain("unavailable"));
            await Expect(member.PastOrderRows).ToHaveCountAsync(1);
            await member.StepAsync("aiq-failing");
        }
        finally
        {
            await Sandbox.ClearFaultsAsync();
            await StoreDatabase.ForgetPhoneAsync(phone);
            if (otherPhone is not null)
                await StoreDatabase.ForgetPhoneAsync(otherPhone);
        }
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Sends a code, waiting out the customer's resend cooldown first (it is kept per customer too, and
    /// outlives "use a different number": the member's first code may be less than the cooldown ago);
    /// returns the box's message. The cooldown is checked before AIQ is called, so waiting costs no AIQ call.
    /// </summary>
    private static async Task<string> SendCodeAfterCooldownAsync(StoreShopper shopper, string phone)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            await shopper.SendCodeAsync(phone);
            var message = await shopper.MessageTextAsync();
            if (message != Cooldown || DateTime.UtcNow > deadline)
                return message;
            await Task.Delay(TimeSpan.FromSeconds(5));
            await shopper.OpenAccountRewardsAsync();
        }
    }

    /// <summary>The box shows the member's points, the welcome gift and the masked phone, never the phone itself.</summary>
    private static async Task ExpectWalletAsync(StoreShopper shopper, int points, string phone)
    {
        var box = shopper.AccountBox;
        await Expect(box.Locator(".aiq-points")).ToHaveTextAsync($"You have {points.ToString("N0", CultureInfo.GetCultureInfo("en-US"))} points.");
        await Expect(box.Locator($".aiq-reward[data-template-id='{WelcomeTemplate}'] .aiq-reward-name")).ToHaveTextAsync(WelcomeName);
        await Expect(box.Locator(".aiq-identity")).ToHaveTextAsync($"Verified as ******{phone[^4..]}.");
        Assert.That(await box.InnerTextAsync(), Does.Not.Contain(phone), "the phone is shown masked");
    }

    #endregion
}
