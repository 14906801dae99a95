using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Http;

/// <summary>
/// Counts API calls per "METHOD route-template" (raw path when no route matched) and per "METHOD path"
/// (one redemption URL, one contact's adjustment). Runs after routing
/// and before faults and the key check, so retries of failed calls are counted too.
/// </summary>
public sealed class CallCounterMiddleware(RequestDelegate next)
{
    /// <summary>Counts the call, then passes it on.</summary>
    public async Task InvokeAsync(HttpContext context, SandboxState state)
    {
        if (ApiPaths.IsApi(context))
        {
            var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            var path = template is not null && template.StartsWith(ApiPaths.ApiPrefix, StringComparison.OrdinalIgnoreCase)
                ? template
                : context.Request.Path.Value;
            state.RecordCall($"{context.Request.Method} {path}", $"{context.Request.Method} {context.Request.Path.Value}");
        }

        await next(context);
    }
}
