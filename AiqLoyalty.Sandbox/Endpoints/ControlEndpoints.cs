using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.Models;
using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Endpoints;

/// <summary>Test-only routes under <c>/_sandbox</c> (no API key; the server is loopback-only).</summary>
internal static class ControlEndpoints
{
    /// <summary>Maps codes, carts, shoppers, calls and reset (faults live in <see cref="FaultEndpoints"/>).</summary>
    public static void MapControlEndpoints(this IEndpointRouteBuilder control)
    {
        control.MapGet("/codes/latest", (string? phone, string? email, SandboxState state) =>
        {
            var pii = string.IsNullOrWhiteSpace(phone) ? email : phone;
            if (string.IsNullOrWhiteSpace(pii))
                return ApiResponses.Error(StatusCodes.Status400BadRequest, "phone or email is required");

            var sent = state.GetLatestCode(ShopperIdentity.FromPii(pii));
            return sent is null
                ? ApiResponses.Error(StatusCodes.Status404NotFound, "No code sent to " + pii)
                : Results.Json(sent, SandboxJson.Options);
        });
        control.MapGet("/carts", (SandboxState state) => Results.Json(state.GetCarts(), SandboxJson.Options));
        control.MapGet("/shoppers/{pii}", (string pii, SandboxState state) =>
            state.GetShopper(pii) is { } shopper
                ? Results.Json(shopper, SandboxJson.Options)
                : ApiResponses.Error(StatusCodes.Status404NotFound, "No shopper " + pii));
        control.MapPost("/shoppers/{pii}/templates", async (string pii, HttpContext context, SandboxState state) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
            if (body is null)
                return ApiResponses.Error(StatusCodes.Status400BadRequest, error!);

            var templateId = JsonValues.AsText(body["templateId"]);
            return !string.IsNullOrEmpty(templateId) && state.GiveTemplate(pii, templateId)
                ? Results.Json(state.GetShopper(pii), SandboxJson.Options)
                : ApiResponses.Error(StatusCodes.Status404NotFound, "No shopper " + pii + " or no template " + templateId);
        });
        control.MapGet("/calls", (SandboxState state) => Results.Json(state.GetCallCounts(), SandboxJson.Options));
        control.MapGet("/calls/paths", (string? prefix, SandboxState state) =>
            Results.Json(state.GetPathCallCounts(string.IsNullOrEmpty(prefix) ? null : prefix), SandboxJson.Options));
        control.MapPost("/reset", (SandboxState state) =>
        {
            state.Reset();
            return Results.Json(new { reset = true }, SandboxJson.Options);
        });
    }
}
