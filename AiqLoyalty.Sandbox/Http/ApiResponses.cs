using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Http;

/// <summary>The two body shapes the API answers with.</summary>
public static class ApiResponses
{
    /// <summary><c>{"success": true, "code": 200, "data": ...}</c>.</summary>
    public static IResult Ok(object data) =>
        Results.Json(new { success = true, code = StatusCodes.Status200OK, data }, SandboxJson.Options);

    /// <summary><c>{"success": false, "code": N, "errors": [{"message": ...}]}</c> with status N.</summary>
    public static IResult Error(int status, string message) =>
        Results.Json(ErrorBody(status, message), SandboxJson.Options, statusCode: status);

    /// <summary>Maps a state outcome onto one of the two shapes.</summary>
    public static IResult From(Outcome outcome) =>
        outcome.Succeeded ? Ok(outcome.Data ?? new JsonObject()) : Error(outcome.Status, outcome.Message ?? "Error");

    /// <summary>Writes an error body straight to a response (for middleware).</summary>
    public static async Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(ErrorBody(status, message), SandboxJson.Options, context.RequestAborted);
    }

    private static JsonObject ErrorBody(int status, string message) => new()
    {
        ["success"] = false,
        ["code"] = status,
        ["errors"] = new JsonArray(new JsonObject { ["message"] = message }),
    };
}
