using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.State;
using Microsoft.AspNetCore.WebUtilities;

namespace AiqLoyalty.Sandbox.Faults;

/// <summary>
/// Applies queued faults to matching requests: delay (cut short if the client aborts), then drop the
/// connection, answer with the fault's status, or pass through (latency only). With
/// <see cref="FaultSpec.ApplyFirst"/> the request runs first and only its answer is faulted. Control
/// routes are never faulted, so a test can always clear what it queued.
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

        if (fault.ApplyFirst)
        {
            await ApplyThenFaultAsync(context, fault);
            return;
        }

        if (!await DelayAsync(context, fault))
            return;

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

        await WriteFaultAsync(context, fault.Status);
    }

    /// <summary>
    /// Runs the request with its answer held back, so its effect is done, then delays, drops or replaces
    /// the answer; with neither a drop nor a status, the real answer is sent after the delay.
    /// </summary>
    private async Task ApplyThenFaultAsync(HttpContext context, FaultSpec fault)
    {
        var original = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (!await DelayAsync(context, fault))
            return;

        if (fault.Drop)
        {
            context.Abort();
            return;
        }

        if (fault.Status != 0)
        {
            context.Response.Clear();
            await WriteFaultAsync(context, fault.Status);
            return;
        }

        held.Position = 0;
        await held.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>Waits the fault's delay; false when the client gave up meanwhile.</summary>
    private static async Task<bool> DelayAsync(HttpContext context, FaultSpec fault)
    {
        if (fault.DelayMs <= 0)
            return true;

        try
        {
            await Task.Delay(fault.DelayMs, context.RequestAborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static Task WriteFaultAsync(HttpContext context, int status)
    {
        if (status == StatusCodes.Status429TooManyRequests)
            context.Response.Headers.RetryAfter = "1";

        return ApiResponses.WriteErrorAsync(context, status, $"{ReasonPhrases.GetReasonPhrase(status)} (sandbox fault)");
    }
}
