using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>The shopper's customer account: registering, logging in and the plugin's rewards page.</summary>
public sealed partial class StoreShopper
{
    /// <summary>The password every test account gets.</summary>
    public const string AccountPassword = "Passw0rd!Aiq";

    /// <summary>The rewards page's address.</summary>
    public const string AccountRewardsPath = "/customer/aiq-rewards";

    /// <summary>The rewards page's box (the account form of the rewards box).</summary>
    public ILocator AccountBox => Page.Locator(".aiq-rewards-page .aiq-rewards[data-account='true']");

    /// <summary>The rewards page's past-order rows.</summary>
    public ILocator PastOrderRows => Page.Locator(".aiq-past-orders .aiq-past-order-reward");

    /// <summary>Registers on the public /register page; nopCommerce's standard registration logs the new customer in.</summary>
    public async Task RegisterAsync(string email)
    {
        await Page.GotoAsync("/register");
        await Page.Locator("#FirstName").FillAsync("Account");
        await Page.Locator("#LastName").FillAsync(Label);
        await Page.Locator("#Email").FillAsync(email);
        await Page.Locator("#Password").FillAsync(AccountPassword);
        await Page.Locator("#ConfirmPassword").FillAsync(AccountPassword);
        await Page.Locator("#register-button").ClickAsync();
        await Expect(Page.Locator(".registration-result-page .result")).ToBeVisibleAsync();
    }

    /// <summary>Logs in on the public /login page.</summary>
    public async Task LoginAsync(string email)
    {
        await Page.GotoAsync("/login");
        await Page.Locator("#Email").FillAsync(email);
        await Page.Locator("#Password").FillAsync(AccountPassword);
        await Page.Locator("button.login-button, input.login-button").First.ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.OrdinalIgnoreCase));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Opens the rewards page from its address and waits until the box has loaded the wallet (when it does).</summary>
    public async Task OpenAccountRewardsAsync()
    {
        await Page.GotoAsync(AccountRewardsPath);
        await Expect(AccountBox).ToBeVisibleAsync();
        await WaitIdleAsync();
    }

    /// <summary>The order id in the "order details" link of the checkout's completed page.</summary>
    public async Task<int> CompletedOrderIdAsync()
    {
        var href = await Page.Locator(".details-link a").First.GetAttributeAsync("href");
        var match = OrderDetailsPattern().Match(href ?? string.Empty);
        Assert.That(match.Success, Is.True, $"order id in {href}");
        return int.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex(@"orderdetails/(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex OrderDetailsPattern();
}
