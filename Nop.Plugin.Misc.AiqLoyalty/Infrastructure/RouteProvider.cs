using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Web.Infrastructure;

namespace Nop.Plugin.Misc.AiqLoyalty.Infrastructure;

/// <summary>The plugin's routes.</summary>
public class RouteProvider : BaseRouteProvider, IRouteProvider
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

        // The account page sits among nopCommerce's own account pages, with the language segment
        // when the store puts languages in its URLs.
        var lang = GetLanguageRoutePattern();

        endpointRouteBuilder.MapControllerRoute(name: AiqLoyaltyDefaults.AccountRouteName,
            pattern: $"{lang}/{AiqLoyaltyDefaults.AccountRoutePath}",
            defaults: new { controller = "AiqLoyaltyAccount", action = "Rewards" });

        endpointRouteBuilder.MapControllerRoute(name: AiqLoyaltyDefaults.AccountPagedRouteName,
            pattern: $"{lang}/{AiqLoyaltyDefaults.AccountRoutePath}/page/{{pageNumber:min(1)}}",
            defaults: new { controller = "AiqLoyaltyAccount", action = "Rewards" });
    }

    /// <summary>Route priority.</summary>
    public int Priority => 0;
}
