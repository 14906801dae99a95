using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Endpoints;

/// <summary>v1.1 calls carry the UID in the path; it must be the calling key's account [INFER: 404].</summary>
internal sealed class UidFilter : IEndpointFilter
{
    /// <summary>Answers 404 "Unknown account" when the path UID is not the key's.</summary>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        return http.GetRouteValue("uid") as string == http.GetAccountUid()
            ? await next(context)
            : ApiResponses.Error(StatusCodes.Status404NotFound, Messages.UnknownAccount);
    }
}
