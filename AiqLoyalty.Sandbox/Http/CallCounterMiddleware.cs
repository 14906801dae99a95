using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Http;

/// <summary>
/// Counts API calls per "METHOD route-template" (raw path when no route matched). Runs after routing
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
            state.RecordCall($"{context.Request.Method} {path}");
        }

        await next(context);
    }
}
