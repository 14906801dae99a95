using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.State;
using Microsoft.AspNetCore.WebUtilities;

namespace AiqLoyalty.Sandbox.Faults;

/// <summary>
/// Applies queued faults to matching requests: delay (cut short if the client aborts), then drop the
/// connection, answer with the fault's status, or pass through (latency only). Control routes are
/// never faulted, so a test can always clear what it queued.
/// </summary>
public sealed class FaultMiddleware(RequestDelegate next)
{
    /// <summary>Applies the first matching fault, if any.</summary>
    public async Task InvokeAsync(HttpContext context, SandboxState state)
    {
        var fault = ApiPaths.IsControl(context)
            ? null
            : state.TakeFault(context.Request.Method, context.Request.Path.Value ?? "/");
        if (fault is null)
        {
            await next(context);
            return;
        }

        if (fault.DelayMs > 0)
        {
            try
            {
                await Task.Delay(fault.DelayMs, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (fault.Drop)
        {
            context.Abort();
            return;
        }

        if (fault.Status == 0)
        {
            await next(context);
            return;
        }

        if (fault.Status == StatusCodes.Status429TooManyRequests)
            context.Response.Headers.RetryAfter = "1";

        await ApiResponses.WriteErrorAsync(context, fault.Status, $"{ReasonPhrases.GetReasonPhrase(fault.Status)} (sandbox fault)");
    }
}
