using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// The AIQ sandbox's test-only control routes (codes, faults, reset, shoppers) plus the one API call
/// the suite makes itself: creating a throwaway member with a fresh phone, so scenarios that spend
/// per-phone limits (cooldown, codes per window, lockout) never share a phone, even across runs.
/// </summary>
public sealed class SandboxControl : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates the control client.</summary>
    public SandboxControl(string baseUrl)
    {
        BaseUrl = baseUrl;
        _http = new HttpClient { BaseAddress = new Uri(baseUrl + "/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>The sandbox's base URL.</summary>
    public string BaseUrl { get; }

    /// <summary>Fails the fixture with a clear message when the sandbox does not answer.</summary>
    public async Task EnsureAnsweringAsync()
    {
        try
        {
            using var response = await _http.GetAsync("_sandbox/faults");
            response.EnsureSuccessStatusCode();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Assert.Fail($"The AIQ sandbox at {BaseUrl} does not answer ({exception.Message}). Start it with " +
                "`dotnet run --project AiqLoyalty.Sandbox -- --urls http://127.0.0.1:5099`.");
        }
    }

    /// <summary>The last code "texted" to a phone.</summary>
    public async Task<string> LatestCodeAsync(string phone)
    {
        using var response = await _http.GetAsync($"_sandbox/codes/latest?phone={Uri.EscapeDataString(phone)}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"the sandbox sent no code to {phone}");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var code = body?["code"]?.GetValue<string>();
        Assert.That(code, Does.Match("^[0-9]{4}$"), "sandbox code");
        return code!;
    }

    /// <summary>True when the sandbox knows the phone as a member.</summary>
    public async Task<bool> IsMemberAsync(string phone)
    {
        using var response = await _http.GetAsync($"_sandbox/shoppers/{Uri.EscapeDataString(phone)}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Back to the seed data (codes, members, redemptions, faults).</summary>
    public async Task ResetAsync()
    {
        using var response = await _http.PostAsync("_sandbox/reset", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Answers the next <paramref name="times"/> API calls under <paramref name="path"/> with <paramref name="status"/>.</summary>
    public async Task AddFaultAsync(string path, int status, int times)
    {
        using var response = await _http.PostAsJsonAsync("_sandbox/faults", new { path, status, times });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Removes every queued fault.</summary>
    public async Task ClearFaultsAsync()
    {
        using var response = await _http.DeleteAsync("_sandbox/faults");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Creates a new member with a phone no other test or run has used (the sandbox gives it the
    /// welcome gift, template 2001) and returns the phone.
    /// </summary>
    public async Task<string> CreateFreshMemberAsync(string firstName)
    {
        var phone = await UnusedPhoneAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/loyalty")
        {
            Content = JsonContent.Create(new { mobilePhone = phone, firstName, lastName = "Browser", loyalty = true, smsOptIn = true })
        };
        request.Headers.Add("X-APIKEY", SandboxHost.DemoApiKey);
        using var response = await _http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "creating a sandbox member");
        return phone;
    }

    /// <summary>The AIQ contact id of the member with <paramref name="phone"/>.</summary>
    public async Task<string> ContactIdAsync(string phone)
    {
        var shopper = await _http.GetFromJsonAsync<JsonObject>($"_sandbox/shoppers/{Uri.EscapeDataString(phone)}");
        var contactId = shopper?["contactID"]?.GetValue<string>();
        Assert.That(contactId, Is.Not.Null.And.Not.Empty, $"the sandbox's contact id of {phone}");
        return contactId!;
    }

    /// <summary>A phone no member of the sandbox has (a stranger's number): fictional, valid for the plugin.</summary>
    public Task<string> UnusedPhoneAsync() => TestPhones.NewFictionalAsync(IsMemberAsync);

    /// <summary>How many times the sandbox answered an API call, e.g. "POST /api/v2/view/contact/wallet".</summary>
    public async Task<int> CallsAsync(string call)
    {
        var calls = await _http.GetFromJsonAsync<JsonObject>("_sandbox/calls");
        return calls is not null && calls.TryGetPropertyValue(call, out var count) && count is not null ? count.GetValue<int>() : 0;
    }

    /// <summary>Adds (or with a negative value takes) points from a member, as AIQ's adjustment does.</summary>
    public async Task AdjustPointsAsync(string contactId, long value, string note)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/v1.1/adjust/loyaltyPoints/{SandboxHost.DemoUid}/{Uri.EscapeDataString(contactId)}")
        {
            Content = JsonContent.Create(new { value, note })
        };
        request.Headers.Add("X-APIKEY", SandboxHost.DemoApiKey);
        using var response = await _http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "adjusting points in the sandbox");
    }

    /// <summary>Redeems a reward as the store's POS would (PUT of its redemption URL): the points are taken and it leaves the wallet.</summary>
    public async Task RedeemAtPosAsync(string redemptionUrl)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, redemptionUrl);
        request.Headers.Add("X-APIKEY", SandboxHost.DemoApiKey);
        using var response = await _http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "redeeming at the POS in the sandbox");
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
