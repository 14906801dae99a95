using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// The merchant's diagnostics on a real store (issue 12): every call a shopper's rewards box makes
/// shows up in the AIQ call log with the contact masked, the grid filters by operation and outcome,
/// its CSV holds no full phone and no key, and the dashboard block counts an AIQ error and links to
/// the call log filtered to errors.
/// </summary>
[TestFixture]
public class DiagnosticsTests : BrowserTestBase
{
    private const string SendCodePath = "/api/v2/verify/contact/wallet";

    [Test]
    public async Task AShoppersCallsAppearInTheCallLog_FilteredByOperationAndOutcome_AndItsCsvHasNoFullPhoneOrKey()
    {
        var phone = await Sandbox.UnusedPhoneAsync();
        var shopper = await NewShopperAsync("shopper");
        await shopper.AddProductToCartAsync();
        await shopper.OpenCartAsync();
        await shopper.SendCodeAsync(phone);
        await shopper.StepAsync("not-a-member");

        var admin = new StoreAdmin(await NewShopperAsync("admin"));
        await admin.LoginAsync();
        var page = admin.Page;
        await page.GotoAsync("/Admin/AiqLoyaltyCallLog/List");
        await Expect(page.Locator(".content-header h1")).ToContainTextAsync("AIQ call log");
        await page.Locator("#SearchOperationId").SelectOptionAsync(new SelectOptionValue { Label = "Text a PIN" });
        await page.Locator("#SearchOutcomeId").SelectOptionAsync(new SelectOptionValue { Label = "Declined" });
        await page.Locator("#search-call-log").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var masked = "******" + phone[^4..];
        var row = page.Locator("#aiq-call-log-grid tbody tr", new PageLocatorOptions { HasText = masked }).First;
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Text a PIN");
        await Expect(row).ToContainTextAsync("Declined (ContactNotFound)");
        await admin.StepAsync("call-log-filtered");
        var grid = await page.Locator("#aiq-call-log-grid tbody").InnerTextAsync();
        Assert.Multiple(() =>
        {
            Assert.That(grid, Does.Not.Contain(phone), "the grid never shows a full phone");
            Assert.That(grid, Does.Not.Contain("Succeeded").And.Not.Contain("Open wallet"), "only declined PIN texts are listed");
        });

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#aiq-call-log-export button[type=submit]").ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path!, Encoding.UTF8);
        Assert.Multiple(() =>
        {
            Assert.That(download.SuggestedFilename, Does.Match(@"^aiq-call-log-\d{14}\.csv$"));
            Assert.That(csv.TrimStart('\uFEFF'), Does.StartWith("Id,StartedOnUtc,StoreId,Store,Operation,Outcome,ErrorKind,HttpStatus,DurationMs,Attempts,ContactMasked,CustomerId,OrderId,ClaimId"));
            Assert.That(csv, Does.Contain($",SendCode,Declined,ContactNotFound,").And.Contain(masked), "the filtered rows, contact masked");
            Assert.That(csv, Does.Not.Contain(phone).And.Not.Contain("sandbox-demo-key"), "no full phone, never the key");
            Assert.That(csv, Does.Not.Contain(",Wallet,").And.Not.Contain(",Succeeded,"), "the export follows the grid's filters");
        });
    }

    [Test]
    public async Task TheDashboardCountsAnAiqErrorAndLinksToTheCallLogFilteredToErrors()
    {
        var admin = new StoreAdmin(await NewShopperAsync("admin"));
        await admin.LoginAsync();
        var page = admin.Page;
        var errorsToday = page.Locator("#aiq-loyalty-dashboard tr[data-figure='AiqErrors'] a[data-window='today']");
        await page.GotoAsync("/Admin");
        await Expect(page.Locator("#aiq-loyalty-dashboard")).ToBeVisibleAsync();
        var before = await FigureAsync(errorsToday);

        // AIQ fails once on a shopper's PIN text: an AIQ error in the call log.
        var phone = await Sandbox.UnusedPhoneAsync();
        await Sandbox.AddFaultAsync(SendCodePath, 503, 1);
        try
        {
            var shopper = await NewShopperAsync("shopper");
            await shopper.AddProductToCartAsync();
            await shopper.OpenCartAsync();
            await shopper.SendCodeAsync(phone);
        }
        finally
        {
            await Sandbox.ClearFaultsAsync();
        }

        // The figures are cached for a minute: the new error shows within about one.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        var after = before;
        while (after <= before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5_000);
            await page.ReloadAsync();
            after = await FigureAsync(errorsToday);
        }

        await admin.StepAsync("dashboard");
        Assert.That(after, Is.GreaterThan(before), "today's AIQ errors count the failed PIN text");
        foreach (var figure in new[] { "RewardsApplied", "Redeemed", "PointsDeducted", "PointsReturned", "NeedsAttention", "CartsSent", "CartsFailed", "CartsSkipped", "CartsNoConsent", "AiqErrors" })
            await Expect(page.Locator($"#aiq-loyalty-dashboard tr[data-figure='{figure}'] a")).ToHaveCountAsync(2);

        await errorsToday.ClickAsync();
        await page.WaitForURLAsync(new Regex("AiqLoyaltyCallLog/List", RegexOptions.IgnoreCase));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.Locator("#SearchOutcomeId option:checked")).ToHaveTextAsync("Error");
        var row = page.Locator("#aiq-call-log-grid tbody tr", new PageLocatorOptions { HasText = "******" + phone[^4..] }).First;
        await Expect(row).ToContainTextAsync("Error (Unavailable)");
        await Expect(row).ToContainTextAsync("503");
        await admin.StepAsync("call-log-errors");
    }

    private static async Task<int> FigureAsync(ILocator figure) =>
        int.Parse((await figure.InnerTextAsync()).Replace(",", string.Empty).Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
