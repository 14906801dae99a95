using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// The sandbox control routes the redemption tests need beyond <see cref="SandboxControl"/>: a shopper's
/// record (GET /_sandbox/shoppers/{phone}) and a dropped-connection fault.
/// </summary>
public static class SandboxRedemptionExtensions
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>The shopper's balance, redemptions and adjustments.</summary>
    public static async Task<SandboxShopperRecord> GetShopperAsync(this SandboxControl sandbox, string phone)
    {
        using var response = await Http.GetAsync($"{sandbox.BaseUrl}/_sandbox/shoppers/{Uri.EscapeDataString(phone)}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"the sandbox knows no shopper {phone}");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var redemptions = (body["redemptions"] as JsonArray ?? []).Select(r => new SandboxRedemption(
            r!["templateId"]!.ToString(),
            int.Parse(r["points"]?.ToString() ?? "0"),
            r["transactionId"]?.ToString(),
            r["at"]?.ToString() ?? string.Empty)).ToList();
        var adjustments = (body["adjustments"] as JsonArray ?? []).Select(a => new SandboxAdjustment(
            int.Parse(a!["value"]!.ToString()),
            a["note"]?.ToString() ?? string.Empty,
            a["at"]?.ToString() ?? string.Empty)).ToList();
        return new SandboxShopperRecord(int.Parse(body["loyaltyPoints"]!.ToString()), redemptions, adjustments);
    }

    /// <summary>Drops the connection of the next <paramref name="times"/> API calls under <paramref name="path"/> (no response).</summary>
    public static async Task AddDropFaultAsync(this SandboxControl sandbox, string path, int times)
    {
        using var response = await Http.PostAsJsonAsync($"{sandbox.BaseUrl}/_sandbox/faults", new { path, drop = true, times });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Number of queued faults still to fire (sum of remaining times).</summary>
    public static async Task<int> PendingFaultsAsync(this SandboxControl sandbox)
    {
        var faults = await Http.GetFromJsonAsync<JsonArray>($"{sandbox.BaseUrl}/_sandbox/faults") ?? [];
        return faults.Sum(f => int.TryParse(f?["times"]?.ToString(), out var t) ? t : 1);
    }
}
