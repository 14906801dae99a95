using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// The store's admin (a logged-in staff member in its own browser context, from
/// <see cref="BrowserTestBase.NewShopperAsync"/>): login, the scheduled task's "Run now", the order
/// page's AIQ block, "Cancel order" and "Retry now".
/// </summary>
public sealed partial class StoreAdmin
{
    /// <summary>The store's administrator: <c>STORE_ADMIN_EMAIL</c>, else the local test store's.</summary>
    public static string Email => Environment.GetEnvironmentVariable("STORE_ADMIN_EMAIL") is { Length: > 0 } email ? email : "admin@yourstore.com";

    /// <summary>Its password: <c>STORE_ADMIN_PASSWORD</c>, else the local test store's.</summary>
    public static string Password => Environment.GetEnvironmentVariable("STORE_ADMIN_PASSWORD") is { Length: > 0 } password ? password : "Admin123!";

    /// <summary>The plugin's scheduled task.</summary>
    public const string RedemptionTaskName = "AIQ loyalty: redeem rewards and return points";

    private readonly StoreShopper _session;

    /// <summary>Wraps a fresh browser context.</summary>
    public StoreAdmin(StoreShopper session) => _session = session;

    /// <summary>The admin's page.</summary>
    public IPage Page => _session.Page;

    /// <summary>Screenshot as the test's next step.</summary>
    public Task StepAsync(string step) => _session.StepAsync(step);

    /// <summary>Logs in through the public login page.</summary>
    public async Task LoginAsync()
    {
        await Page.GotoAsync("/login?returnUrl=%2Fadmin");
        await Page.Locator("#Email").FillAsync(Email);
        await Page.Locator("#Password").FillAsync(Password);
        await Page.Locator("button.login-button, input.login-button").First.ClickAsync();
        await Page.WaitForURLAsync(new Regex("/admin", RegexOptions.IgnoreCase));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Admin > System > Schedule tasks > "Run now" on the plugin's redemption task (runs it synchronously).</summary>
    public async Task RunRedemptionTaskAsync()
    {
        await Page.GotoAsync("/Admin/ScheduleTask/List");
        var row = Page.Locator("table tr", new PageLocatorOptions { HasText = RedemptionTaskName });
        await Expect(row).ToHaveCountAsync(1);
        var href = await row.Locator("a[href*='RunNow']").First.GetAttributeAsync("href");
        Assert.That(href, Is.Not.Null.And.Contains("RunNow"), "Run now link");
        await Page.GotoAsync(href!, new PageGotoOptions { Timeout = 120_000 });
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Opens /Admin/Order/Edit/{id}.</summary>
    public async Task OpenOrderAsync(int orderId)
    {
        await Page.GotoAsync($"/Admin/Order/Edit/{orderId}");
        await Expect(Page.Locator("#order-form, form#order-form, .content-header")).Not.ToHaveCountAsync(0);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>The rows of the AIQ block on the order page currently open.</summary>
    public async Task<IReadOnlyList<AdminOrderReward>> ReadRewardsAsync()
    {
        var block = Page.Locator("#aiq-order-rewards");
        await Expect(block).ToBeAttachedAsync();
        var rewards = new List<AdminOrderReward>();
        foreach (var row in await block.Locator("tr.aiq-order-reward").AllAsync())
        {
            var cells = await row.Locator("> td").AllInnerTextsAsync();
            rewards.Add(new AdminOrderReward(
                int.Parse((await row.GetAttributeAsync("data-claim-id"))!),
                cells[0].Trim(), cells[1].Trim(), int.Parse(cells[3].Trim()), cells[4].Trim(),
                await row.Locator("button", new LocatorLocatorOptions { HasText = "Retry now" }).CountAsync() > 0));
        }

        return rewards;
    }

    /// <summary>Reloads the order page until its single reward is in <paramref name="state"/>; runs the task (and "Retry now" when offered) in between.</summary>
    public async Task<AdminOrderReward> WaitForRewardStateAsync(int orderId, string state, TimeSpan timeout, bool useRetryButton = false)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await OpenOrderAsync(orderId);
            var rewards = await ReadRewardsAsync();
            Assert.That(rewards, Has.Count.EqualTo(1), "rewards on the order");
            var reward = rewards[0];
            TestContext.Out.WriteLine($"order {orderId}: claim {reward.ClaimId} {reward.State}");
            if (reward.State == state)
                return reward;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"order {orderId}: the reward is still {reward.State}, not {state}, after {timeout.TotalSeconds:0} s");

            if (useRetryButton && reward.CanRetry)
            {
                var landed = await ClickRetryButtonAsync(reward.ClaimId);
                TestContext.Out.WriteLine($"Retry now -> {landed}");
                Assert.That(landed, Does.Contain($"/Admin/Order/Edit/{orderId}"), "the retry returns to the order page");
            }
            else
            {
                await RunRedemptionTaskAsync();
            }

            await Task.Delay(1000);
        }
    }

    /// <summary>Clicks the row's "Retry now" button as staff would; returns the URL the browser ends on.</summary>
    public async Task<string> ClickRetryButtonAsync(int claimId)
    {
        await Page.Locator($"tr.aiq-order-reward[data-claim-id='{claimId}'] button", new PageLocatorOptions { HasText = "Retry now" }).ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return Page.Url;
    }

    /// <summary>True when the order page offers "Cancel order".</summary>
    public async Task<bool> CanCancelAsync() => await Page.Locator("#cancelorder").CountAsync() > 0;

    /// <summary>Clicks "Cancel order" and confirms in the modal.</summary>
    public async Task CancelOrderAsync()
    {
        await Page.Locator("#cancelorder").ClickAsync();
        var yes = Page.Locator("#cancelorder-action-confirmation-submit-button");
        await Expect(yes).ToBeVisibleAsync();
        await StepAsync("cancel-confirmation");
        await yes.ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>The order status shown on the order page.</summary>
    public async Task<string> OrderStatusAsync()
    {
        var status = Page.Locator("#cancelorder, #btnChangeOrderStatus").First.Locator("xpath=ancestor::div[contains(@class,'input-group')][1]//div[contains(@class,'font-weight-bold')]");
        return (await status.First.InnerTextAsync()).Trim();
    }
}
