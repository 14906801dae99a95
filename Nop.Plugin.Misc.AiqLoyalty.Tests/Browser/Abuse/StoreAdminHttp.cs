using System.Net;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser.Abuse;

/// <summary>The store's admin over plain HTTP: the plugin configuration and a store discount.</summary>
public sealed partial class StoreAdminHttp : IDisposable
{
    /// <summary>The standard configuration (the browser tests' own), with the PIN setting as given.</summary>
    private const string ConfigurationForm =
        "Enabled=true&Uid=1546&BaseUrl={0}&BrandName=Green+Leaf&CountryId=0&RedemptionModelId=1&RequirePin={1}&SkipPinForNewMembers=false" +
        "&CodeLifetimeMinutes=10&ResendCooldownSeconds=30&MaxFailedAttempts=5&LockoutMinutes=15&VerifiedLifetimeMinutes=60&MaxRewardsPerOrder=1" +
        "&RequestTimeoutSeconds=8&ReturnPointsOnRefund=true&AbandonedCartIdleMinutes=60&AbandonedCartMaxAgeDays=7&AbandonedCartRunIntervalMinutes=15" +
        "&SyncLogRetentionDays=90&CallLogEnabled=true&ShowOnCartPage=true&ShowOnOnePageCheckout=true&ShowOnMultiStepCheckout=true";

    private readonly HttpClientHandler _handler = new() { CookieContainer = new CookieContainer() };
    private readonly HttpClient _http;

    /// <summary>Creates the client (call <see cref="LoginAsync"/> first).</summary>
    public StoreAdminHttp(string storeUrl)
    {
        _http = new HttpClient(_handler) { BaseAddress = new Uri(storeUrl), Timeout = TimeSpan.FromSeconds(120) };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36");
    }

    /// <summary>Logs in as the store admin and picks the all-stores scope.</summary>
    public async Task LoginAsync()
    {
        var token = Token(await _http.GetStringAsync("/login"));
        using (await _http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["__RequestVerificationToken"] = token, ["Email"] = StoreAdmin.Email, ["Password"] = StoreAdmin.Password
               })))
        {
        }

        (await _http.GetAsync("/Admin/Setting/ChangeStoreScopeConfiguration?storeid=0&returnUrl=/Admin")).Dispose();
    }

    /// <summary>Saves the standard plugin configuration with the PIN on or off (default scope).</summary>
    public async Task SaveConfigurationAsync(string sandboxUrl, bool requirePin)
    {
        var token = Token(await _http.GetStringAsync("/Admin/AiqLoyalty/Configure"));
        var form = string.Format(ConfigurationForm, Uri.EscapeDataString(sandboxUrl), requirePin ? "true" : "false") + "&__RequestVerificationToken=" + Uri.EscapeDataString(token);
        using var response = await _http.PostAsync("/Admin/AiqLoyalty/Configure", new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.That((int)response.StatusCode, Is.LessThan(400), "saving the plugin configuration");
        var saved = await StoreSql.ScalarAsync("SELECT \"Value\" FROM \"Setting\" WHERE \"Name\" = 'aiqloyaltysettings.requirepin' AND \"StoreId\" = 0;");
        Assert.That(saved, Is.EqualTo(requirePin ? "True" : "False"), "RequirePin saved");
    }

    /// <summary>
    /// Makes sure the store has a discount whose coupon is <paramref name="couponCode"/> (50% off the
    /// order total, the merchant's own, shared coupon) and returns its id.
    /// </summary>
    public async Task<int> EnsureStoreDiscountAsync(string couponCode)
    {
        var existing = await StoreSql.ScalarAsync($"SELECT \"Id\" FROM \"Discount\" WHERE \"CouponCode\" = '{couponCode}' ORDER BY \"Id\" LIMIT 1;");
        if (existing.Length > 0)
            return int.Parse(existing);

        var token = Token(await _http.GetStringAsync("/Admin/Discount/Create"));
        using var response = await _http.PostAsync("/Admin/Discount/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Name"] = "Store BOGO " + couponCode,
            ["DiscountTypeId"] = "1",
            ["UsePercentage"] = "true",
            ["DiscountPercentage"] = "50",
            ["DiscountAmount"] = "0",
            ["RequiresCouponCode"] = "true",
            ["CouponCode"] = couponCode,
            ["DiscountLimitationId"] = "0",
            ["LimitationTimes"] = "1",
            ["IsCumulative"] = "false",
            ["IsActive"] = "true",
            ["save"] = "save"
        }));
        Assert.That((int)response.StatusCode, Is.LessThan(400), "creating the store discount");
        var id = await StoreSql.ScalarAsync($"SELECT \"Id\" FROM \"Discount\" WHERE \"CouponCode\" = '{couponCode}' ORDER BY \"Id\" LIMIT 1;");
        Assert.That(id, Is.Not.Empty, "the store discount exists");
        return int.Parse(id);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    private static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.That(match.Success, Is.True, "antiforgery token on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();
}
