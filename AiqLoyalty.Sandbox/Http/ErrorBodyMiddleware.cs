using Microsoft.AspNetCore.WebUtilities;

namespace AiqLoyalty.Sandbox.Http;

/// <summary>Turns anything unhandled into the standard error body instead of an empty 500.</summary>
public sealed class ErrorBodyMiddleware(RequestDelegate next, ILogger<ErrorBodyMiddleware> logger)
{
    /// <summary>Runs the rest of the pipeline and catches what escapes it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is listening for an answer.
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await ApiResponses.WriteErrorAsync(context, ex.StatusCode, ReasonPhrases.GetReasonPhrase(ex.StatusCode));
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            logger.LogError(ex, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "Internal sandbox error");
        }
    }
}
