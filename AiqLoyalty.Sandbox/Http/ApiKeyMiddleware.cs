using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Http;

/// <summary>
/// Requires <c>X-APIKEY</c> (header name matched without case) with a seeded key on every API call.
/// Keys in the query string or an <c>Authorization: Bearer</c> header are ignored, so such calls get 403.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next)
{
    /// <summary>The only header AIQ reads the key from [DOC].</summary>
    public const string HeaderName = "X-APIKEY";

    /// <summary>Checks the key, then passes the request on.</summary>
    public async Task InvokeAsync(HttpContext context, SandboxState state)
    {
        if (!ApiPaths.IsApi(context))
        {
            await next(context);
            return;
        }

        var values = context.Request.Headers[HeaderName];
        var uid = values.Count == 1 && !string.IsNullOrEmpty(values[0]) ? state.UidForApiKey(values[0]!) : null;
        if (uid is null)
        {
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status403Forbidden, Messages.InvalidApiKey);
            return;
        }

        context.SetAccountUid(uid);
        await next(context);
    }
}
