using System.Net;

namespace AiqLoyalty.Demo.Store;

/// <summary>One answer of the store: status, where a redirect points, and the body.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Location">The redirect target (3xx), else null.</param>
/// <param name="Body">The body as text.</param>
public sealed record StorePage(HttpStatusCode Status, Uri? Location, string Body)
{
    /// <summary>True for a redirect.</summary>
    public bool IsRedirect => (int)Status is >= 300 and < 400;
}
