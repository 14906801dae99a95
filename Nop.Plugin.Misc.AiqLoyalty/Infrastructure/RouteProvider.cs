using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.AiqLoyalty.Infrastructure;

/// <summary>The plugin's routes.</summary>
public class RouteProvider : IRouteProvider
{
    /// <summary>Registers the routes.</summary>
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(name: AiqLoyaltyDefaults.ConfigurationRouteName,
            pattern: "Admin/AiqLoyalty/Configure",
            defaults: new { controller = "AiqLoyaltyAdmin", action = "Configure", area = AreaNames.ADMIN });

        endpointRouteBuilder.MapControllerRoute(name: AiqLoyaltyDefaults.PublicRouteName,
            pattern: $"{AiqLoyaltyDefaults.PublicRoutePrefix}/{{action}}",
            defaults: new { controller = "AiqLoyaltyPublic" });
    }

    /// <summary>Route priority.</summary>
    public int Priority => 0;
}
