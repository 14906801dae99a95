using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.Messaging;
using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Endpoints;

/// <summary>The v2 wallet calls: send a code, view with a code, view without one.</summary>
internal static class WalletEndpoints
{
    /// <summary>Maps the three wallet routes.</summary>
    public static void MapWalletEndpoints(this IEndpointRouteBuilder v2)
    {
        v2.MapPost("/verify/contact/wallet", VerifyAsync);
        v2.MapPost("/view/contact/wallet", ViewAsync);
        v2.MapPost("/wallet", WalletAsync);
    }

    private static async Task<IResult> VerifyAsync(HttpContext context, SandboxState state, CodePrinter printer)
    {
        var (identity, _, error) = await EndpointHelpers.ReadIdentityAsync(context.Request);
        if (identity is null)
            return error!;

        var (outcome, sent) = state.SendCode(identity);
        if (sent is not null)
            await printer.PrintAsync(identity, sent);

        return ApiResponses.From(outcome);
    }

    private static async Task<IResult> ViewAsync(HttpContext context, SandboxState state)
    {
        var (identity, body, error) = await EndpointHelpers.ReadIdentityAsync(context.Request);
        if (identity is null)
            return error!;

        var code = JsonValues.AsText(body!["code"]);
        return string.IsNullOrWhiteSpace(code)
            ? ApiResponses.Error(StatusCodes.Status400BadRequest, "A code is required")
            : ApiResponses.From(state.ViewWithCode(identity, code, ContextFor(context, badges: false)));
    }

    private static async Task<IResult> WalletAsync(HttpContext context, SandboxState state)
    {
        var (identity, _, error) = await EndpointHelpers.ReadIdentityAsync(context.Request);
        if (identity is null)
            return error!;

        var badges = string.Equals(context.Request.Query["badges"], "true", StringComparison.OrdinalIgnoreCase);
        return ApiResponses.From(state.GetWallet(identity, ContextFor(context, badges)));
    }

    private static WalletContext ContextFor(HttpContext context, bool badges) =>
        new(context.Request.BaseUrl(), context.GetAccountUid(), badges);
}
