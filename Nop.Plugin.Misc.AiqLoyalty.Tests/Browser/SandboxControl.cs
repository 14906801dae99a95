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
        // A fictional number in another area code than the demo shoppers', valid for the plugin, unused in the sandbox.
        var phone = await TestPhones.NewFictionalAsync(IsMemberAsync);

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/loyalty")
        {
            Content = JsonContent.Create(new { mobilePhone = phone, firstName, lastName = "Browser", loyalty = true, smsOptIn = true })
        };
        request.Headers.Add("X-APIKEY", SandboxHost.DemoApiKey);
        using var response = await _http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "creating a sandbox member");
        return phone;
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
