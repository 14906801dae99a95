using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Browser.Abuse;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.WebFarm;

/// <summary>
/// One shopper over plain HTTP whose requests go to the farm's instances in turn (one cookie jar: the
/// instances share the host name, so the same cookies reach all of them, as behind a load balancer
/// without sticky sessions). Every request may land on another instance than the one that issued the
/// page, its antiforgery token and its session.
/// </summary>
public sealed partial class FarmShopper : IDisposable
{
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

    private readonly CookieContainer _cookies = new();
    private readonly HttpClientHandler _handler;
    private readonly HttpClient _http;
    private readonly IReadOnlyList<string> _instances;
    private int _next;
    private string _boxToken = string.Empty;
    private string _actionPath = string.Empty;

    /// <summary>A new visitor; its first request goes to instance <paramref name="first"/>.</summary>
    public FarmShopper(IReadOnlyList<string> instances, string email, int first = 0)
    {
        _instances = instances;
        _next = first;
        Email = email;
        _handler = new HttpClientHandler { CookieContainer = _cookies };
        _http = new HttpClient(_handler) { Timeout = TimeSpan.FromSeconds(120) };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }

    /// <summary>The account's email (registration) or a label.</summary>
    public string Email { get; }

    /// <summary>The customer's id once known.</summary>
    public int CustomerId { get; set; }

    /// <summary>Which instance answered each request, in order (what the test spread).</summary>
    public List<string> Served { get; } = [];

    /// <summary>The last reply of each rewards-box action, by action name.</summary>
    public Dictionary<string, BoxReply> Replies { get; } = [];

    /// <summary>The customer's GUID from nopCommerce's customer cookie.</summary>
    public string CustomerGuid => _cookies.GetCookies(new Uri(_instances[0])).FirstOrDefault(c => c.Name == ".Nop.Customer")?.Value ?? string.Empty;

    /// <summary>Registers an account (the standard registration signs it in).</summary>
    public async Task RegisterAsync(string password = "Farm123!x")
    {
        var token = StorePageMarkup.RequestToken(await GetStringAsync("/register"));
        using var response = await PostAsync("/register", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["FirstName"] = "Farm", ["LastName"] = "Shopper",
            ["Email"] = Email, ["Password"] = password, ["ConfirmPassword"] = password
        });
        Assert.That(response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty, Does.Contain("registerresult").IgnoreCase, $"registering {Email}");
    }

    /// <summary>Adds the sample product to the cart, then reads the rewards box's token and action path from the cart page.</summary>
    public async Task AddProductAndReadBoxAsync()
    {
        var token = StorePageMarkup.RequestToken(await GetStringAsync("/" + StoreShopper.ProductSlug));
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            [$"addtocart_{StoreShopper.ProductId}.EnteredQuantity"] = "1"
        };
        using (var response = await PostAsync($"/addproducttocart/details/{StoreShopper.ProductId}/1", form))
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(body, Does.Contain("\"success\":true"), $"{Email}: add to cart: {body}");
        }

        await ReadBoxAsync();
    }

    /// <summary>Reads the box's token and action path from the cart page; returns the page.</summary>
    public async Task<string> ReadBoxAsync()
    {
        var cart = await GetStringAsync("/cart");
        var boxToken = StorePageMarkup.BoxTokenPattern().Match(cart);
        var boxBase = StorePageMarkup.BoxBasePattern().Match(cart);
        Assert.That(boxToken.Success && boxBase.Success, Is.True, $"{Email}: the rewards box on the cart page");
        _boxToken = WebUtility.HtmlDecode(boxToken.Groups[1].Value);
        _actionPath = new Uri(new Uri(_instances[0]), Regex.Replace(WebUtility.HtmlDecode(boxBase.Groups[1].Value), "/Box$", "/", RegexOptions.IgnoreCase)).AbsolutePath;
        return cart;
    }

    /// <summary>Posts one of the box's actions as its script does (to the next instance); keeps and returns the reply.</summary>
    public async Task<BoxReply> PostBoxAsync(string action, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields["__RequestVerificationToken"] = _boxToken;
        using var response = await PostAsync(_actionPath + action, fields);
        var body = await response.Content.ReadAsStringAsync();
        BoxReply reply;
        if (!response.IsSuccessStatusCode)
        {
            reply = new BoxReply(false, $"HTTP {(int)response.StatusCode}", false);
        }
        else
        {
            using var json = JsonDocument.Parse(body);
            reply = new BoxReply(json.RootElement.GetProperty("ok").GetBoolean(), json.RootElement.GetProperty("message").GetString() ?? string.Empty,
                json.RootElement.TryGetProperty("totalsChanged", out var changed) && changed.GetBoolean());
        }

        Replies[action] = reply;
        return reply;
    }

    /// <summary>The claim id of the reward applied in the box, or null.</summary>
    public async Task<int?> AppliedClaimIdAsync()
    {
        var match = AppliedClaimPattern().Match(await ReadBoxAsync());
        return match.Success ? int.Parse(match.Groups[1].Value) : null;
    }

    /// <summary>The session's cookies for a browser context on <paramref name="storeUrl"/>.</summary>
    public IEnumerable<Microsoft.Playwright.Cookie> Cookies(string storeUrl) => _cookies.GetCookies(new Uri(_instances[0])).Select(c => new Microsoft.Playwright.Cookie
    {
        Name = c.Name, Value = c.Value, Url = storeUrl
    });

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    private string NextInstance()
    {
        var instance = _instances[(Interlocked.Increment(ref _next) - 1) % _instances.Count];
        lock (Served)
            Served.Add(instance);
        return instance;
    }

    private Task<string> GetStringAsync(string path) => _http.GetStringAsync(NextInstance() + path);

    private Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields) =>
        _http.PostAsync(NextInstance() + path, new FormUrlEncodedContent(fields));

    [GeneratedRegex("data-aiq-action=\"Remove\" data-claim-id=\"([0-9]+)\"")]
    private static partial Regex AppliedClaimPattern();
}
