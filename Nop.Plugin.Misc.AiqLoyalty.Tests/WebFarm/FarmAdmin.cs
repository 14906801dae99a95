using System.Net;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.WebFarm;

/// <summary>
/// A staff member on one instance over plain HTTP: login, the scheduled task's "Run now" (runs the
/// redemption worker in that instance's process), the order page's "Retry now" and "Cancel order".
/// </summary>
public sealed class FarmAdmin : IDisposable
{
    private readonly HttpClientHandler _handler = new() { CookieContainer = new CookieContainer() };
    private readonly HttpClient _http;

    /// <summary>Staff on the instance at <paramref name="instanceUrl"/>.</summary>
    public FarmAdmin(string instanceUrl)
    {
        InstanceUrl = instanceUrl;
        _http = new HttpClient(_handler) { BaseAddress = new Uri(instanceUrl), Timeout = TimeSpan.FromSeconds(180) };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36");
    }

    /// <summary>The instance.</summary>
    public string InstanceUrl { get; }

    /// <summary>Logs in through the public login page.</summary>
    public async Task LoginAsync()
    {
        var token = StorePageMarkup.RequestToken(await _http.GetStringAsync("/login"));
        using var response = await _http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Email"] = StoreAdmin.Email, ["Password"] = StoreAdmin.Password
        }));
        Assert.That(response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty, Does.Not.Contain("login").IgnoreCase, $"staff logged in on {InstanceUrl}");
    }

    /// <summary>"Run now" on the plugin's redemption task: returns when this instance has run the worker.</summary>
    public async Task RunRedemptionTaskAsync()
    {
        var id = await StoreDatabase.QueryAsync($"SELECT {StoreDatabase.Q("Id")} FROM {StoreDatabase.Q("ScheduleTask")} WHERE {StoreDatabase.Q("Name")} = @name",
            ("name", StoreAdmin.RedemptionTaskName));
        Assert.That(id, Has.Count.EqualTo(1), "the plugin's redemption task");
        using var response = await _http.GetAsync($"/Admin/ScheduleTask/RunNow/{id[0][0]}");
        Assert.That((int)response.StatusCode, Is.LessThan(500), $"Run now on {InstanceUrl}");
    }

    /// <summary>The order page's "Retry now" for a claim (the form's POST, with the page's antiforgery token).</summary>
    public async Task<HttpStatusCode> RetryAsync(int claimId, int orderId)
    {
        var token = StorePageMarkup.RequestToken(await _http.GetStringAsync($"/Admin/Order/Edit/{orderId}"));
        using var response = await _http.PostAsync($"/Admin/AiqLoyaltyOrderAdmin/Retry?claimId={claimId}&orderId={orderId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        return response.StatusCode;
    }

    /// <summary>"Cancel order" on the order page.</summary>
    public async Task CancelOrderAsync(int orderId)
    {
        var token = StorePageMarkup.RequestToken(await _http.GetStringAsync($"/Admin/Order/Edit/{orderId}"));
        using var response = await _http.PostAsync($"/Admin/Order/Edit/{orderId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["cancelorder"] = string.Empty }));
        Assert.That((int)response.StatusCode, Is.LessThan(400), $"cancelling order {orderId} on {InstanceUrl}");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }
}
