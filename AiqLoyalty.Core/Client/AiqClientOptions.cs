namespace AiqLoyalty.Core.Client;

/// <summary>
/// Connection settings for one AIQ account (one store's credentials).
/// </summary>
public sealed record AiqClientOptions
{
    /// <summary>AIQ's production host.</summary>
    public const string DefaultBaseUrl = "https://lab.alpineiq.com";

    /// <summary>Base URL of the AIQ API (https, or http on loopback for the local sandbox).</summary>
    public string BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>The merchant's API key, sent only as the X-APIKEY header.</summary>
    public string ApiKey { get; init; } = string.Empty;

    /// <summary>The merchant's account id, used in v1.1 paths.</summary>
    public string Uid { get; init; } = string.Empty;

    /// <summary>Time allowed for one attempt.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Time allowed for a call including its retries; no page waits longer.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Retries for calls that are safe to repeat (reads and upserts).</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>First retry delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Keeps the API key out of logs and exception text.</summary>
    public override string ToString() =>
        $"AiqClientOptions {{ BaseUrl = {BaseUrl}, Uid = {Uid}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(set)")} }}";
}
