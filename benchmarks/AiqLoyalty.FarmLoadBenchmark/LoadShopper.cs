using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AiqLoyalty.FarmLoadBenchmark;

/// <summary>
/// A registered customer over HTTP whose requests go to the farm's instances in turn (one cookie jar for
/// all: no sticky sessions). Counts every answer of 500 or more.
/// </summary>
public sealed partial class LoadShopper : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClientHandler _handler;
    private readonly HttpClient _http;
    private readonly IReadOnlyList<string> _stores;
    private readonly LoadCounters _counters;
    private int _next;
    private string _boxToken = string.Empty;
    private string _actionPath = string.Empty;
    private string _zone = string.Empty;

    /// <summary>Shopper <paramref name="index"/>: starts on instance index mod the instance count.</summary>
    public LoadShopper(IReadOnlyList<string> stores, int index, string email, LoadCounters counters)
    {
        _stores = stores;
        _next = index;
        Email = email;
        _counters = counters;
        _handler = new HttpClientHandler { CookieContainer = _cookies };
        _http = new HttpClient(_handler) { Timeout = TimeSpan.FromSeconds(120) };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36");
    }

    /// <summary>The account.</summary>
    public string Email { get; }

    /// <summary>The customer id (from the database).</summary>
    public int CustomerId { get; set; }

    /// <summary>True while this shopper holds the reward (its last Apply succeeded and no Remove since).</summary>
    public bool Holds { get; set; }

    /// <summary>Registers (nopCommerce signs the new customer in).</summary>
    public async Task RegisterAsync()
    {
        var token = Token(await GetAsync("/register"));
        var landed = await PostAsync("/register", new()
        {
            ["__RequestVerificationToken"] = token, ["FirstName"] = "Load", ["LastName"] = "Shopper",
            ["Email"] = Email, ["Password"] = "Load123!x", ["ConfirmPassword"] = "Load123!x"
        });
        if (!landed.Url.Contains("registerresult", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"registering {Email} ended on {landed.Url}");
    }

    /// <summary>Adds the sample product (HTC smartphone, id 18) and reads the rewards box from the cart page.</summary>
    public async Task AddProductAndReadBoxAsync()
    {
        var token = Token(await GetAsync("/htc-smartphone"));
        var added = await PostAsync("/addproducttocart/details/18/1", new() { ["__RequestVerificationToken"] = token, ["addtocart_18.EnteredQuantity"] = "1" });
        if (!added.Body.Contains("\"success\":true", StringComparison.Ordinal))
            throw new InvalidOperationException($"{Email}: add to cart: {added.Body}");

        var cart = await GetAsync("/cart");
        var boxToken = BoxTokenPattern().Match(cart);
        var boxBase = BoxBasePattern().Match(cart);
        if (!boxToken.Success || !boxBase.Success)
            throw new InvalidOperationException($"{Email}: no rewards box on the cart page");
        _boxToken = WebUtility.HtmlDecode(boxToken.Groups[1].Value);
        _actionPath = new Uri(new Uri(_stores[0]), Regex.Replace(WebUtility.HtmlDecode(boxBase.Groups[1].Value), "/Box$", "/", RegexOptions.IgnoreCase)).AbsolutePath;
        _zone = WebUtility.HtmlDecode(ZonePattern().Match(cart).Groups[1].Value);
    }

    /// <summary>Posts a box action; returns ok and message (ok false with "HTTP n" for a failed request) and the time taken.</summary>
    public async Task<(bool Ok, string Message, TimeSpan Elapsed)> BoxAsync(string action, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields["__RequestVerificationToken"] = _boxToken;
        var watch = Stopwatch.StartNew();
        var reply = await PostAsync(_actionPath + action, fields);
        watch.Stop();
        if (reply.Status != HttpStatusCode.OK)
            return (false, $"HTTP {(int)reply.Status}", watch.Elapsed);
        using var json = JsonDocument.Parse(reply.Body);
        return (json.RootElement.GetProperty("ok").GetBoolean(), json.RootElement.GetProperty("message").GetString() ?? string.Empty, watch.Elapsed);
    }

    /// <summary>The claim id behind the box's Remove button, or null.</summary>
    public async Task<int?> AppliedClaimIdAsync()
    {
        var match = AppliedClaimPattern().Match(await GetAsync(_actionPath + "Box?zone=" + Uri.EscapeDataString(_zone)));
        return match.Success ? int.Parse(match.Groups[1].Value) : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    private string NextStore() => _stores[(Interlocked.Increment(ref _next) - 1) % _stores.Count];

    private async Task<string> GetAsync(string path)
    {
        using var response = await _http.GetAsync(NextStore() + path);
        _counters.Count(response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<(HttpStatusCode Status, string Body, string Url)> PostAsync(string path, Dictionary<string, string> fields)
    {
        using var response = await _http.PostAsync(NextStore() + path, new FormUrlEncodedContent(fields));
        _counters.Count(response.StatusCode);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty);
    }

    private static string Token(string html)
    {
        var match = RequestTokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("no antiforgery token on the page");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex RequestTokenPattern();

    [GeneratedRegex("data-token=\"([^\"]*)\"")]
    private static partial Regex BoxTokenPattern();

    [GeneratedRegex("class=\"aiq-rewards\"[^>]*data-base=\"([^\"]*)\"")]
    private static partial Regex BoxBasePattern();

    [GeneratedRegex("class=\"aiq-rewards\"[^>]*data-zone=\"([^\"]*)\"")]
    private static partial Regex ZonePattern();

    [GeneratedRegex("data-aiq-action=\"Remove\" data-claim-id=\"([0-9]+)\"")]
    private static partial Regex AppliedClaimPattern();
}
