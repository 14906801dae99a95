namespace AiqLoyalty.Sandbox.Http;

/// <summary>Carries the calling API key's account UID from the key check to the endpoints.</summary>
public static class AccountContext
{
    private const string ItemKey = "aiq.sandbox.uid";

    /// <summary>Remembers the UID for this request.</summary>
    public static void SetAccountUid(this HttpContext context, string uid) => context.Items[ItemKey] = uid;

    /// <summary>The UID the key check found; throws if the key check did not run.</summary>
    public static string GetAccountUid(this HttpContext context) =>
        context.Items[ItemKey] as string ?? throw new InvalidOperationException("The API key check did not run");

    /// <summary>Scheme, host and port of the request, for absolute URLs.</summary>
    public static string BaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
