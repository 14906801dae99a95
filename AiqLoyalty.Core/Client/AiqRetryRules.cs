namespace AiqLoyalty.Core.Client;

/// <summary>
/// Which requests the resilience pipeline may repeat. Reads and the signup upsert are safe; sending a
/// code texts the shopper again, and redemptions, point adjustments and carts carry money or have
/// their own durable retry record, so the pipeline never repeats them.
/// </summary>
public static class AiqRetryRules
{
    private static readonly string[] SafePostPaths =
    [
        "/api/v2/wallet",
        "/api/v2/view/contact/wallet",
        "/api/v2/loyalty"
    ];

    /// <summary>True when repeating the request cannot take points twice or text the shopper twice.</summary>
    public static bool IsSafeToRetry(HttpRequestMessage? request)
    {
        if (request?.RequestUri is null)
            return false;
        if (request.Method == HttpMethod.Get)
            return true;
        if (request.Method != HttpMethod.Post)
            return false;

        var path = request.RequestUri.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString.Split('?')[0];
        return SafePostPaths.Any(safe => string.Equals(path.TrimEnd('/'), safe, StringComparison.OrdinalIgnoreCase));
    }
}
