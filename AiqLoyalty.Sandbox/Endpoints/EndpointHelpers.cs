using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.Models;

namespace AiqLoyalty.Sandbox.Endpoints;

/// <summary>Shared request reading for the API endpoints.</summary>
internal static class EndpointHelpers
{
    /// <summary>Reads a body naming a shopper; the result is a 400 error when that fails.</summary>
    public static async Task<(ShopperIdentity? Identity, JsonObject? Body, IResult? Error)> ReadIdentityAsync(HttpRequest request)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request);
        if (body is null)
            return (null, null, ApiResponses.Error(StatusCodes.Status400BadRequest, error!));

        var (identity, identityError) = ShopperIdentity.FromBody(body);
        return identity is null
            ? (null, body, ApiResponses.Error(StatusCodes.Status400BadRequest, identityError!))
            : (identity, body, null);
    }
}
