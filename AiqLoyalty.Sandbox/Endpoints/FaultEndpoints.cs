using AiqLoyalty.Sandbox.Faults;
using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Endpoints;

/// <summary><c>/_sandbox/faults</c>: queue, list and clear injected faults.</summary>
internal static class FaultEndpoints
{
    /// <summary>Maps POST, GET and DELETE on <c>/faults</c>.</summary>
    public static void MapFaultEndpoints(this IEndpointRouteBuilder control)
    {
        control.MapPost("/faults", AddAsync);
        control.MapGet("/faults", (SandboxState state) => Results.Json(state.GetFaults(), SandboxJson.Options));
        control.MapDelete("/faults", (SandboxState state) =>
        {
            state.ClearFaults();
            return Results.Json(new { cleared = true }, SandboxJson.Options);
        });
    }

    private static async Task<IResult> AddAsync(HttpContext context, SandboxState state)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        if (body is null)
            return ApiResponses.Error(StatusCodes.Status400BadRequest, error!);

        var (fault, faultError) = FaultSpecParser.Parse(body);
        if (fault is null)
            return ApiResponses.Error(StatusCodes.Status400BadRequest, faultError!);

        state.AddFault(fault);
        return Results.Json(fault, SandboxJson.Options);
    }
}
