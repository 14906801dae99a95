namespace AiqLoyalty.Sandbox.Hosting;

/// <summary>The sandbox prints verification codes and has unauthenticated control routes: loopback only.</summary>
public static class LoopbackGuard
{
    /// <summary>
    /// True for an absolute http(s) URL whose host is loopback (<c>127.x.x.x</c>, <c>[::1]</c>, <c>localhost</c>).
    /// Wildcards (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>) and any other host are refused.
    /// </summary>
    public static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.IsLoopback;

    /// <summary>The first URL that is not loopback, or null when all are.</summary>
    public static string? FirstNonLoopback(IEnumerable<string> urls) => urls.FirstOrDefault(url => !IsLoopback(url));
}
