using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.WebFarm;

/// <summary>
/// The sandbox control routes the web-farm tests need beyond <see cref="SandboxControl"/>: any fault
/// (applyFirst, delays), the calls per redemption URL or contact, and a reward put in a member's wallet.
/// </summary>
public static class SandboxFarmExtensions
{
    /// <summary>The redemption PUT's path prefix.</summary>
    public const string RedeemPath = "/api/v1.1/discount/redeem";

    /// <summary>The points adjustment's path prefix.</summary>
    public const string AdjustPath = "/api/v1.1/adjust/loyaltyPoints";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Queues a fault as <c>POST /_sandbox/faults</c> takes it (path, status, delayMs, times, drop, method, applyFirst).</summary>
    public static async Task AddFaultAsync(this SandboxControl sandbox, object fault)
    {
        using var response = await Http.PostAsJsonAsync($"{sandbox.BaseUrl}/_sandbox/faults", fault);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "queueing a sandbox fault: " + await response.Content.ReadAsStringAsync());
    }

    /// <summary>API calls per "METHOD path" under <paramref name="prefix"/> (faulted ones included).</summary>
    public static async Task<IReadOnlyDictionary<string, int>> PathCallsAsync(this SandboxControl sandbox, string prefix)
    {
        var calls = await Http.GetFromJsonAsync<JsonObject>($"{sandbox.BaseUrl}/_sandbox/calls/paths?prefix={Uri.EscapeDataString(prefix)}") ?? [];
        return calls.ToDictionary(c => c.Key, c => c.Value!.GetValue<int>());
    }

    /// <summary>PUTs the sandbox received on one redemption URL (faulted ones included).</summary>
    public static async Task<int> RedeemPutsAsync(this SandboxControl sandbox, string redemptionUrl)
    {
        var path = new Uri(redemptionUrl).AbsolutePath;
        var calls = await sandbox.PathCallsAsync(path);
        return calls.GetValueOrDefault("PUT " + path);
    }

    /// <summary>Adjustment PUTs the sandbox received for one contact.</summary>
    public static async Task<int> AdjustPutsAsync(this SandboxControl sandbox, string contactId)
    {
        var calls = await sandbox.PathCallsAsync($"{AdjustPath}/{SandboxHostUid}/{contactId}");
        return calls.Where(c => c.Key.StartsWith("PUT ", StringComparison.Ordinal)).Sum(c => c.Value);
    }

    /// <summary>Puts a seeded template in a member's wallet.</summary>
    public static async Task GiveTemplateAsync(this SandboxControl sandbox, string phone, string templateId)
    {
        using var response = await Http.PostAsJsonAsync($"{sandbox.BaseUrl}/_sandbox/shoppers/{Uri.EscapeDataString(phone)}/templates", new { templateId });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"giving {phone} template {templateId}");
    }

    /// <summary>The redemption URL of a template in a member's wallet (read with the demo key).</summary>
    public static async Task<string> RedemptionUrlAsync(this SandboxControl sandbox, string phone, string templateId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{sandbox.BaseUrl}/api/v2/wallet") { Content = JsonContent.Create(new { phone }) };
        request.Headers.Add("X-APIKEY", global::AiqLoyalty.Sandbox.SandboxHost.DemoApiKey);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var template = body?["data"]?["discountTemplates"]?.AsArray().FirstOrDefault(t => (string?)t?["id"] == templateId);
        Assert.That(template, Is.Not.Null, $"template {templateId} in the wallet of {phone}");
        return template!["redemptionURL"]!.GetValue<string>();
    }

    private static string SandboxHostUid => global::AiqLoyalty.Sandbox.SandboxHost.DemoUid;
}
