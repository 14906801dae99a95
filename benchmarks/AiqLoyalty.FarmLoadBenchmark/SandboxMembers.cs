using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AiqLoyalty.FarmLoadBenchmark;

/// <summary>Fresh AIQ members in the sandbox (each gets the single-use welcome gift) through its signup call.</summary>
public sealed class SandboxMembers(string sandboxUrl) : IDisposable
{
    /// <summary>The sandbox's demo API key (AiqLoyalty.Sandbox/Data/demo-seed.json), the one the stores are configured with.</summary>
    private const string DemoApiKey = "sandbox-demo-key";

    /// <summary>Real area codes (not the demo data's 303) for fictional 555-01xx numbers.</summary>
    private static readonly string[] AreaCodes = ["212", "206", "312", "415", "617", "702", "512", "404", "602", "614"];

    private readonly HttpClient _http = new() { BaseAddress = new Uri(sandboxUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Creates a member with a phone the sandbox does not know yet; returns the phone and contact id.</summary>
    public async Task<(string Phone, string ContactId)> CreateAsync()
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var phone = $"{AreaCodes[Random.Shared.Next(AreaCodes.Length)]}5550{Random.Shared.Next(100, 200)}";
            using (var known = await _http.GetAsync($"_sandbox/shoppers/{phone}"))
            {
                if (known.StatusCode != HttpStatusCode.NotFound)
                    continue;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/loyalty")
            {
                Content = JsonContent.Create(new { mobilePhone = phone, firstName = "Load", lastName = "Member", loyalty = true, smsOptIn = true })
            };
            request.Headers.Add("X-APIKEY", DemoApiKey);
            using var response = await _http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            return (phone, body!["data"]!["contactID"]!.GetValue<string>());
        }

        throw new InvalidOperationException("no unused fictional phone found in the sandbox");
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
