namespace AiqLoyalty.Core.Client;

/// <summary>
/// A redemption URL comes from AIQ's response and is followed with the API key attached, so it is
/// followed only when it points at the configured AIQ host (same scheme, host and port).
/// </summary>
public static class RedemptionUrlGuard
{
    /// <summary>Returns the URL to PUT, or null when it must be refused.</summary>
    /// <param name="redemptionUrl">The URL from the wallet.</param>
    /// <param name="baseUrl">The configured AIQ base URL.</param>
    /// <param name="posTransactionId">For an in-store (POS) redemption only: the transaction id to
    /// append. Ecommerce redemptions pass null and nothing is appended [DOC].</param>
    public static Uri? Resolve(string? redemptionUrl, string baseUrl, string? posTransactionId = null)
    {
        if (!Uri.TryCreate(redemptionUrl, UriKind.Absolute, out var target)
            || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var configured))
            return null;

        var sameOrigin = string.Equals(target.Scheme, configured.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(target.IdnHost, configured.IdnHost, StringComparison.OrdinalIgnoreCase)
            && target.Port == configured.Port
            && string.IsNullOrEmpty(target.UserInfo)
            && string.IsNullOrEmpty(target.Fragment);
        if (!sameOrigin)
            return null;

        if (string.IsNullOrWhiteSpace(posTransactionId))
            return target;

        // POS flow: append the transaction id as one more path segment [DOC; joining with one "/" is INFER].
        var builder = new UriBuilder(target);
        builder.Path = builder.Path.TrimEnd('/') + "/" + Uri.EscapeDataString(posTransactionId.Trim());
        return builder.Uri;
    }

    /// <summary>The URL with its last path segment (the opaque token) hidden, for logs.</summary>
    public static string Mask(string? redemptionUrl)
    {
        if (!Uri.TryCreate(redemptionUrl, UriKind.Absolute, out var uri))
            return "(invalid url)";

        var path = uri.AbsolutePath.TrimEnd('/');
        var cut = path.LastIndexOf('/');
        return $"{uri.Scheme}://{uri.Authority}{(cut > 0 ? path[..cut] : string.Empty)}/***";
    }
}
