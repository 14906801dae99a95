namespace AiqLoyalty.Sandbox.Http;

/// <summary>Which requests are API calls and which are sandbox control calls.</summary>
public static class ApiPaths
{
    /// <summary>The AIQ API lives under <c>/api</c>.</summary>
    public const string ApiPrefix = "/api";

    /// <summary>Test-only control routes live under <c>/_sandbox</c>.</summary>
    public const string ControlPrefix = "/_sandbox";

    /// <summary>True for an AIQ API request.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(ApiPrefix);

    /// <summary>True for a control request (never faulted, never counted, no key).</summary>
    public static bool IsControl(HttpContext context) => context.Request.Path.StartsWithSegments(ControlPrefix);
}
