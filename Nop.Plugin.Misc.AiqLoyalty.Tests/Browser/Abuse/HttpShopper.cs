using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser.Abuse;

/// <summary>
/// One store visitor over plain HTTP with its own cookies (a new instance is a new guest customer):
/// the sample product in the cart, the rewards box's actions posted as its script posts them, the
/// cart's coupon box, registration and login. What an attacker with many sessions uses.
/// </summary>
public sealed partial class HttpShopper : IDisposable
{
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

    private readonly CookieContainer _cookies = new();
    private readonly HttpClientHandler _handler;
    private readonly HttpClient _http;
    private string _boxToken = string.Empty;
    private string _actionBase = string.Empty;

    /// <summary>A new visitor of the store at <paramref name="storeUrl"/>.</summary>
    public HttpShopper(string storeUrl)
    {
        StoreUrl = storeUrl;
        _handler = new HttpClientHandler { CookieContainer = _cookies };
        _http = new HttpClient(_handler) { BaseAddress = new Uri(storeUrl), Timeout = TimeSpan.FromSeconds(120) };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }

    /// <summary>The store.</summary>
    public string StoreUrl { get; }

    /// <summary>The widget zone of the cart page's rewards box.</summary>
    public string Zone { get; private set; } = string.Empty;

    /// <summary>The customer's GUID from nopCommerce's customer cookie (find the customer row with it).</summary>
    public string CustomerGuid => _cookies.GetCookies(new Uri(StoreUrl)).FirstOrDefault(c => c.Name == ".Nop.Customer")?.Value ?? string.Empty;

    /// <summary>Adds the sample product to the cart and reads the rewards box's token from the cart page.</summary>
    public async Task StartAsync()
    {
        var token = StorePageMarkup.RequestToken(await _http.GetStringAsync("/" + StoreShopper.ProductSlug));
        using (var response = await _http.PostAsync($"/addproducttocart/details/{StoreShopper.ProductId}/1", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["__RequestVerificationToken"] = token,
                   [$"addtocart_{StoreShopper.ProductId}.EnteredQuantity"] = "1"
               })))
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(body, Does.Contain("\"success\":true"), $"add to cart: {body}");
        }

        await ReadBoxAsync();
    }

    /// <summary>Reads the box's token, action base and zone from the cart page (again, e.g. after a login).</summary>
    public async Task<string> ReadBoxAsync()
    {
        var cart = await _http.GetStringAsync("/cart");
        var boxToken = StorePageMarkup.BoxTokenPattern().Match(cart);
        var boxBase = StorePageMarkup.BoxBasePattern().Match(cart);
        Assert.That(boxToken.Success && boxBase.Success, Is.True, "the rewards box on the cart page");
        _boxToken = WebUtility.HtmlDecode(boxToken.Groups[1].Value);
        _actionBase = Regex.Replace(WebUtility.HtmlDecode(boxBase.Groups[1].Value), "/Box$", "/", RegexOptions.IgnoreCase);
        Zone = WebUtility.HtmlDecode(ZonePattern().Match(cart).Groups[1].Value);
        return cart;
    }

    /// <summary>Posts to one of the box's actions as its script does.</summary>
    public async Task<BoxReply> PostBoxAsync(string action, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields["__RequestVerificationToken"] = _boxToken;
        using var response = await _http.PostAsync(_actionBase + action, new FormUrlEncodedContent(fields));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            return new BoxReply(false, $"HTTP {(int)response.StatusCode}", false);
        using var json = JsonDocument.Parse(body);
        return new BoxReply(json.RootElement.GetProperty("ok").GetBoolean(), json.RootElement.GetProperty("message").GetString() ?? string.Empty,
            json.RootElement.TryGetProperty("totalsChanged", out var changed) && changed.GetBoolean());
    }

    /// <summary>Types a phone or email and asks for a code.</summary>
    public Task<BoxReply> SendCodeAsync(string contact) => PostBoxAsync("SendCode", new() { ["contact"] = contact });

    /// <summary>Types a code.</summary>
    public Task<BoxReply> VerifyAsync(string code) => PostBoxAsync("Verify", new() { ["code"] = code });

    /// <summary>Applies a reward.</summary>
    public Task<BoxReply> ApplyAsync(string templateId) => PostBoxAsync("Apply", new() { ["templateId"] = templateId });

    /// <summary>The box's HTML as the page would load it.</summary>
    public Task<string> BoxHtmlAsync() => _http.GetStringAsync(_actionBase + "Box?zone=" + Uri.EscapeDataString(Zone));

    /// <summary>The cart page's order total, as text.</summary>
    public async Task<string> CartTotalAsync() => OrderTotal(await _http.GetStringAsync("/cart"));

    /// <summary>Types a coupon code into the cart's discount box and applies it; returns the cart page.</summary>
    public async Task<string> ApplyCouponAsync(string couponCode)
    {
        var token = StorePageMarkup.RequestToken(await _http.GetStringAsync("/cart"));
        using var response = await _http.PostAsync("/cart", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["discountcouponcode"] = couponCode,
            ["applydiscountcouponcode"] = "Apply coupon"
        }));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a store form action with the page's antiforgery token (e.g. one-page checkout's confirm).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string path, string tokenPage, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields["__RequestVerificationToken"] = StorePageMarkup.RequestToken(await _http.GetStringAsync(tokenPage));
        using var response = await _http.PostAsync(path, new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Registers an account (nopCommerce's standard registration signs it in).</summary>
    public async Task RegisterAsync(string email, string password)
    {
        var token = StorePageMarkup.RequestToken(await _http.GetStringAsync("/register"));
        using var response = await _http.PostAsync("/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["FirstName"] = "Abuse", ["LastName"] = "Test",
            ["Email"] = email, ["Password"] = password, ["ConfirmPassword"] = password
        }));
        Assert.That(response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty, Does.Contain("registerresult").IgnoreCase, $"registering {email}");
    }

    /// <summary>Logs in from this session (a guest becomes the customer; nopCommerce moves the cart).</summary>
    public async Task LoginAsync(string email, string password)
    {
        var token = StorePageMarkup.RequestToken(await _http.GetStringAsync("/login"));
        using var response = await _http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Email"] = email, ["Password"] = password
        }));
        Assert.That((int)response.StatusCode, Is.LessThan(400), "login");
        Assert.That(response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty, Does.Not.Contain("login").IgnoreCase, $"logged in as {email}");
    }

    /// <summary>Logs out.</summary>
    public async Task LogoutAsync() => (await _http.GetAsync("/logout")).Dispose();

    /// <summary>The order total on a cart page.</summary>
    public static string OrderTotal(string cartHtml)
    {
        var match = OrderTotalPattern().Match(cartHtml);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : string.Empty;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("class=\"aiq-rewards\"[^>]*data-zone=\"([^\"]*)\"")]
    private static partial Regex ZonePattern();

    [GeneratedRegex("class=\"order-total\"[\\s\\S]*?<span class=\"value-summary\">(?:<strong>)?([^<]*)", RegexOptions.IgnoreCase)]
    private static partial Regex OrderTotalPattern();
}
