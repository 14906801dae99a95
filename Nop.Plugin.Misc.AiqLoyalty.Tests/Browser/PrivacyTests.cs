using System.Globalization;
using System.IO.Compression;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// Issue 12, items 1 and 2 on a real store: the configuration page's "who may be contacted" and AIQ
/// store id fields with their hints, and nopCommerce's own GDPR tools (Admin > Customers > Edit >
/// GDPR: "Export data" and "Delete permanently") covering the plugin's rows, checked in the store's
/// database. Each run registers its own customer, so the scenario can be repeated.
/// </summary>
[TestFixture]
public class PrivacyTests : BrowserTestBase
{
    #region Utilities

    private async Task<StoreAdmin> AdminAsync()
    {
        var admin = new StoreAdmin(await NewShopperAsync("admin"));
        await admin.LoginAsync();
        return admin;
    }

    /// <summary>Registers a new customer through the public register page and returns its id.</summary>
    private async Task<(int Id, string Email)> RegisterCustomerAsync()
    {
        var shopper = await NewShopperAsync("shopper");
        var email = $"privacy-{DateTime.UtcNow:yyyyMMddHHmmssfff}@example.com";
        await shopper.Page.GotoAsync("/register");
        await shopper.Page.Locator("#FirstName").FillAsync("Pat");
        await shopper.Page.Locator("#LastName").FillAsync("Private");
        await shopper.Page.Locator("#Email").FillAsync(email);
        await shopper.Page.Locator("#Password").FillAsync("Privacy123!");
        await shopper.Page.Locator("#ConfirmPassword").FillAsync("Privacy123!");
        await shopper.Page.Locator("#register-button").ClickAsync();
        await shopper.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await shopper.StepAsync("registered");

        var ids = await StoreDatabase.QueryAsync($"SELECT {Q("Id")} FROM {Q("Customer")} WHERE {Q("Email")} = @email", ("email", email));
        Assert.That(ids, Has.Count.EqualTo(1), "the registration created the customer");
        return (Convert.ToInt32(ids[0][0], CultureInfo.InvariantCulture), email);
    }

    private static string Q(string identifier) => StoreDatabase.Q(identifier);

    /// <summary>A field's hint: nopCommerce renders it as the help icon's title, which Bootstrap's tooltip moves to data-(bs-)original-title.</summary>
    private static async Task<string> HintAsync(IPage page, string field) =>
        await page.Locator($".form-group:has(#{field}) .ico-help").First.EvaluateAsync<string>(
            "e => e.getAttribute('title') || e.getAttribute('data-bs-original-title') || e.getAttribute('data-original-title') || ''");

    /// <summary>Gives the customer one row in each of the plugin's tables, as the plugin writes them.</summary>
    private static async Task SeedPluginRowsAsync(int customerId)
    {
        var now = DateTime.UtcNow;
        await StoreDatabase.ExecuteAsync(
            $"INSERT INTO {Q("AiqLoyaltyVerification")} ({Q("StoreId")}, {Q("ScopeKey")}, {Q("CustomerId")}, {Q("IdentityKindId")}, {Q("IdentityValue")}, {Q("ContactId")}, {Q("SendsInWindow")}, {Q("FailedAttempts")}, {Q("LockoutCount")}, {Q("VerifiedOnUtc")}, {Q("UpdatedOnUtc")}) " +
            "VALUES (1, @scope, @customer, 0, @phone, 'c_privacy', 1, 0, 0, @now, @now)",
            ("scope", $"c:{customerId}"), ("customer", customerId), ("phone", TestPhones.Dan), ("now", now));
        await StoreDatabase.ExecuteAsync(
            $"INSERT INTO {Q("AiqLoyaltyConsentRecord")} ({Q("StoreId")}, {Q("CustomerId")}, {Q("IdentityKindId")}, {Q("IdentityValue")}, {Q("CountryId")}, {Q("ConsentText")}, {Q("ContactId")}, {Q("ConsentedOnUtc")}) " +
            "VALUES (1, @customer, 0, @phone, 0, 'I consent to signup for the Green Leaf rewards program', 'c_privacy', @now)",
            ("customer", customerId), ("phone", TestPhones.Dan), ("now", now));
        await StoreDatabase.ExecuteAsync(
            $"INSERT INTO {Q("AiqLoyaltyRewardClaim")} ({Q("StoreId")}, {Q("CustomerId")}, {Q("StaffCustomerId")}, {Q("ContactId")}, {Q("IdentityKindId")}, {Q("IdentityValue")}, {Q("Reusable")}, {Q("RefundRequested")}, " +
            $"{Q("TemplateId")}, {Q("RewardName")}, {Q("PointsDeduction")}, {Q("DiscountId")}, {Q("DiscountCreatedByPlugin")}, {Q("CouponCode")}, {Q("RedemptionUrl")}, {Q("StateId")}, {Q("RedemptionModelId")}, " +
            $"{Q("OrderId")}, {Q("Attempts")}, {Q("IdempotencyKey")}, {Q("CreatedOnUtc")}, {Q("UpdatedOnUtc")}, {Q("RedeemedOnUtc")}, {Q("RowVersion")}) " +
            "VALUES (1, @customer, 0, 'c_privacy', 0, @phone, false, false, 't-privacy', 'Privacy $5 off', 275, 0, true, 'AIQ-PRIVACY-COUPON', 'https://lab.alpineiq.com/api/v2/redeem/privacy-secret', 3, 1, " +
            "987654, 1, @key, @now, @now, @now, 3)",
            ("customer", customerId), ("phone", TestPhones.Dan), ("key", $"privacy-{customerId}"), ("now", now));
        await StoreDatabase.ExecuteAsync(
            $"INSERT INTO {Q("AiqLoyaltyCartSync")} ({Q("StoreId")}, {Q("CustomerId")}, {Q("Fingerprint")}, {Q("CartUpdatedOnUtc")}, {Q("StatusId")}, {Q("Attempts")}, {Q("Error")}, {Q("ContactMasked")}, {Q("ItemCount")}, {Q("CartTotal")}, {Q("CreatedOnUtc")}, {Q("UpdatedOnUtc")}) " +
            "VALUES (1, @customer, 'fp', @now, 6, 0, 'NoConsent', 'p***@example.com', 2, 26.5, @now, @now)",
            ("customer", customerId), ("now", now));
    }

    /// <summary>The workbook's sheet names and all its shared strings (an xlsx is a zip of XML parts).</summary>
    private static (string Workbook, string Strings) ReadXlsx(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        string Part(string name)
        {
            var entry = zip.GetEntry(name);
            if (entry is null)
                return string.Empty;
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        }

        var strings = Part("xl/sharedStrings.xml");
        var inline = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Select(e => Part(e.FullName)));
        return (Part("xl/workbook.xml"), strings + inline);
    }

    #endregion

    #region Tests

    [Test]
    public async Task TheConfigurationPageOffersWhoMayBeContactedWithItsHintAndTheAiqStoreId()
    {
        var admin = await AdminAsync();
        await admin.Page.GotoAsync("/Admin/AiqLoyalty/Configure");
        await admin.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var audience = admin.Page.Locator("#AbandonedCartAudienceId");
        await Expect(audience.Locator("option")).ToHaveTextAsync(new[]
        {
            "AIQ members and customers who gave marketing consent (recommended)", "Everyone with a phone or email"
        });
        Assert.That(await HintAsync(admin.Page, "AbandonedCartAudienceId"), Does.Match("unverified billing phone.*TCPA, CASL, GDPR"));
        await Expect(admin.Page.Locator("#aiq-audience-note")).ToContainTextAsync("never agreed to marketing");
        await Expect(admin.Page.Locator("#AbandonedCartConsentSourceId option")).ToHaveTextAsync(new[]
        {
            "Newsletter subscription", "The GDPR consent below", "Newsletter subscription or the GDPR consent below"
        });
        await Expect(admin.Page.Locator("#AbandonedCartGdprConsentId option").First).ToHaveTextAsync("None");
        Assert.That(await HintAsync(admin.Page, "AiqStoreId"), Does.Contain("AIQ's number for this store"));
        await admin.StepAsync("privacy-fields");

        // A store that never chose (this one, installed before the setting existed or fresh) sends only members and consenting customers.
        var selected = await audience.InputValueAsync();
        var stored = await StoreDatabase.QueryLinesAsync($"SELECT {Q("Value")} FROM {Q("Setting")} WHERE {Q("Name")} = 'aiqloyaltysettings.abandonedcartaudienceid'");
        Assert.That(selected, Is.EqualTo(stored.FirstOrDefault() ?? "0"));

        // The AIQ store id is saved like every other setting.
        await admin.Page.Locator("#AiqStoreId").FillAsync("4021");
        await admin.Page.Locator("button[name='save']").ClickAsync();
        await admin.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.That(await StoreDatabase.QueryLinesAsync($"SELECT {Q("Value")} FROM {Q("Setting")} WHERE {Q("Name")} = 'aiqloyaltysettings.aiqstoreid' AND {Q("StoreId")} = 0"),
            Is.EqualTo(new[] { "4021" }));
        await admin.Page.Locator("#AiqStoreId").FillAsync("0");
        await admin.Page.Locator("button[name='save']").ClickAsync();
        await admin.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [Test]
    public async Task NopCommercesGdprExportHoldsThePluginsRowsAndDeletePermanentlyErasesThem()
    {
        var (customerId, email) = await RegisterCustomerAsync();
        await SeedPluginRowsAsync(customerId);
        var admin = await AdminAsync();

        // Export data: nopCommerce's own workbook, with the plugin's sheets in it.
        var export = await admin.Page.APIRequest.GetAsync($"/Admin/Customer/GdprExport/{customerId}");
        Assert.That(export.Status, Is.EqualTo(200));
        var (workbook, strings) = ReadXlsx(await export.BodyAsync());
        Assert.Multiple(() =>
        {
            Assert.That(workbook, Does.Contain("Customer info"), "nopCommerce's own sheet is still there");
            Assert.That(workbook, Does.Contain("AIQ verifications").And.Contain("AIQ consent records").And.Contain("AIQ rewards").And.Contain("AIQ abandoned carts"));
            Assert.That(strings, Does.Contain(TestPhones.Dan).And.Contain("c_privacy").And.Contain("Privacy $5 off").And.Contain("SkippedNoConsent"));
            Assert.That(strings, Does.Not.Contain("privacy-secret").And.Not.Contain("AIQ-PRIVACY-COUPON"));
        });

        // Delete permanently (GDPR must be on for it, as in nopCommerce).
        await admin.Page.GotoAsync("/Admin/Setting/Gdpr");
        var enabled = admin.Page.Locator("#GdprEnabled");
        if (!await enabled.IsCheckedAsync())
        {
            await enabled.CheckAsync();
            await admin.Page.Locator("button[name='save']").ClickAsync();
            await admin.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await admin.Page.GotoAsync($"/Admin/Customer/Edit/{customerId}");
        await admin.StepAsync("customer-with-gdpr");
        var token = await admin.Page.Locator("input[name='__RequestVerificationToken']").First.GetAttributeAsync("value");
        var delete = await admin.Page.APIRequest.PostAsync($"/Admin/Customer/GdprDelete/{customerId}", new APIRequestContextOptions
        {
            Form = admin.Page.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!),
            MaxRedirects = 0
        });
        Assert.That(delete.Status, Is.EqualTo(302), "nopCommerce redirects to the customer list after deleting");

        var customer = await StoreDatabase.QueryLinesAsync($"SELECT {Q("Deleted")}, {Q("Email")} FROM {Q("Customer")} WHERE {Q("Id")} = @id", ("id", customerId));
        var verifications = await StoreDatabase.QueryAsync($"SELECT {Q("Id")} FROM {Q("AiqLoyaltyVerification")} WHERE {Q("CustomerId")} = @id", ("id", customerId));
        var syncs = await StoreDatabase.QueryAsync($"SELECT {Q("Id")} FROM {Q("AiqLoyaltyCartSync")} WHERE {Q("CustomerId")} = @id", ("id", customerId));
        var consents = await StoreDatabase.QueryLinesAsync(
            $"SELECT {Q("IdentityValue")}, {Q("ContactId")}, {Q("ConsentText")} FROM {Q("AiqLoyaltyConsentRecord")} WHERE {Q("CustomerId")} = @id", ("id", customerId));
        var claims = await StoreDatabase.QueryLinesAsync(
            $"SELECT {Q("ContactId")}, {Q("IdentityValue")}, {Q("RedemptionUrl")}, {Q("CouponCode")}, {Q("OrderId")}, {Q("RewardName")}, {Q("PointsDeduction")}, {Q("StateId")} " +
            $"FROM {Q("AiqLoyaltyRewardClaim")} WHERE {Q("CustomerId")} = @id", ("id", customerId));
        Assert.Multiple(() =>
        {
            Assert.That(customer.Single(), Does.StartWith("True").IgnoreCase.Or.StartWith("1"), $"nopCommerce deleted {email}");
            Assert.That(verifications, Is.Empty);
            Assert.That(syncs, Is.Empty);
            Assert.That(consents, Is.EqualTo(new[] { "||I consent to signup for the Green Leaf rewards program" }));
            Assert.That(claims, Is.EqualTo(new[] { "||||987654|Privacy $5 off|275|3" }), "contact, identity and capabilities cleared; order, reward and pointsDeduction kept");
        });
    }

    [Test]
    public async Task AGuestsCartWithAPhoneButNoConsentIsLoggedAsSkippedNoConsentAndNotSent()
    {
        // A guest's cart, idle two hours, with a phone nobody verified (as a billing phone would be).
        var guest = await NewShopperAsync("guest");
        await guest.AddProductToCartAsync();
        var customerId = Convert.ToInt32((await StoreDatabase.QueryAsync(
            $"SELECT {Q("CustomerId")} FROM {Q("ShoppingCartItem")} ORDER BY {Q("Id")} DESC LIMIT 1")).Single()[0], CultureInfo.InvariantCulture);
        var twoHoursAgo = DateTime.UtcNow.AddHours(-2);
        await StoreDatabase.ExecuteAsync($"UPDATE {Q("ShoppingCartItem")} SET {Q("UpdatedOnUtc")} = @at, {Q("CreatedOnUtc")} = @at WHERE {Q("CustomerId")} = @id",
            ("at", twoHoursAgo), ("id", customerId));
        await StoreDatabase.ExecuteAsync($"UPDATE {Q("Customer")} SET {Q("Phone")} = @phone WHERE {Q("Id")} = @id", ("phone", TestPhones.Cara), ("id", customerId));

        var admin = await AdminAsync();
        await admin.Page.GotoAsync("/Admin/AiqLoyalty/Configure");
        var sendCarts = admin.Page.Locator("#AbandonedCartEnabled");
        var wasOn = await sendCarts.IsCheckedAsync();
        await Expect(admin.Page.Locator("#AbandonedCartAudienceId")).ToHaveValueAsync("0");
        if (!wasOn)
        {
            await sendCarts.CheckAsync();
            await admin.Page.Locator("button[name='save']").ClickAsync();
            await admin.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        try
        {
            var sentBefore = await Sandbox.CallsAsync("POST /api/v2/cart");
            await admin.Page.GotoAsync("/Admin/AiqLoyaltySyncLog/List");
            await admin.Page.Locator("#aiq-run-now").ClickAsync();
            await Expect(admin.Page.Locator("#aiq-sync-log-result")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 120_000 });

            var row = await StoreDatabase.QueryLinesAsync(
                $"SELECT {Q("StatusId")}, {Q("Error")}, {Q("ContactMasked")} FROM {Q("AiqLoyaltyCartSync")} WHERE {Q("CustomerId")} = @id", ("id", customerId));
            Assert.Multiple(() =>
            {
                Assert.That(row, Has.Count.EqualTo(1));
                Assert.That(row[0], Does.StartWith("6|NoConsent|"), "status SkippedNoConsent, reason NoConsent");
                Assert.That(row[0], Does.Not.Contain(TestPhones.Cara), "the log keeps the contact masked");
            });
            Assert.That(await Sandbox.CallsAsync("POST /api/v2/cart"), Is.EqualTo(sentBefore), "nothing was sent to AIQ");

            // The grid's status filter offers the new status and shows the row as such.
            await admin.Page.Locator("#SearchStatusId").SelectOptionAsync(new SelectOptionValue { Label = "Skipped: no consent" });
            await admin.Page.Locator("#search-sync-log").ClickAsync();
            await Expect(admin.Page.Locator("#aiq-sync-log-grid")).ToContainTextAsync("Skipped: no consent");
            await admin.StepAsync("sync-log-no-consent");
        }
        finally
        {
            if (!wasOn)
            {
                await admin.Page.GotoAsync("/Admin/AiqLoyalty/Configure");
                await admin.Page.Locator("#AbandonedCartEnabled").UncheckAsync();
                await admin.Page.Locator("button[name='save']").ClickAsync();
                await admin.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }
        }
    }

    #endregion
}
