using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Endpoints;

/// <summary>The v1.1 calls with the UID in the path: redeem, adjust points, stores.</summary>
internal static class AccountEndpoints
{
    private const string RedeemRoute = "/discount/redeem/{uid}/{templateId}/{token}";

    /// <summary>Maps the v1.1 routes (the group carries the UID check).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder v11)
    {
        v11.MapPut(RedeemRoute, (string templateId, string token, SandboxState state) =>
            ApiResponses.From(state.Redeem(templateId, token, transactionId: null)));
        v11.MapPut(RedeemRoute + "/{transactionId}", (string templateId, string token, string transactionId, SandboxState state) =>
            ApiResponses.From(state.Redeem(templateId, token, transactionId)));
        v11.MapPut("/adjust/loyaltyPoints/{uid}/{contactId}", AdjustAsync);
        v11.MapGet("/stores/{uid}", () => ApiResponses.Ok(new
        {
            stores = new[] { new { id = 12, name = "Main St" }, new { id = 13, name = "Downtown" } },
        }));
    }

    private static async Task<IResult> AdjustAsync(string contactId, HttpContext context, SandboxState state)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        if (body is null)
            return ApiResponses.Error(StatusCodes.Status400BadRequest, error!);

        var value = JsonValues.AsStrictInteger(body["value"]);
        if (value is null or 0 or < int.MinValue or > int.MaxValue)
            return ApiResponses.Error(StatusCodes.Status400BadRequest, "value must be a non-zero integer");

        return ApiResponses.From(state.Adjust(contactId, (int)value.Value, JsonValues.AsText(body["note"])));
    }
}
