using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.Models;
using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Endpoints;

/// <summary>Signup (upsert), membership lookup and abandoned-cart capture.</summary>
internal static class LoyaltyEndpoints
{
    /// <summary>Maps the v2 loyalty and cart routes.</summary>
    public static void MapLoyaltyEndpoints(this IEndpointRouteBuilder v2)
    {
        v2.MapPost("/loyalty", SignupAsync);
        v2.MapGet("/loyalty/lookup/{pii}", (string pii, SandboxState state) =>
            ApiResponses.From(state.Lookup(ShopperIdentity.FromPii(pii))));
        v2.MapPost("/cart", CartAsync);
    }

    private static async Task<IResult> SignupAsync(HttpContext context, SandboxState state)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        if (body is null)
            return ApiResponses.Error(StatusCodes.Status400BadRequest, error!);

        var (request, requestError) = SignupRequest.Parse(body);
        return request is null
            ? ApiResponses.Error(StatusCodes.Status400BadRequest, requestError!)
            : ApiResponses.From(state.Upsert(request));
    }

    private static async Task<IResult> CartAsync(HttpContext context, SandboxState state)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        return body is null
            ? ApiResponses.Error(StatusCodes.Status400BadRequest, error!)
            : ApiResponses.From(state.AddCart(context.GetAccountUid(), body));
    }
}
