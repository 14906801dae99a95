using AiqLoyalty.Core.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.AiqLoyalty.Factories;
using Nop.Plugin.Misc.AiqLoyalty.Services;

namespace Nop.Plugin.Misc.AiqLoyalty.Infrastructure;

/// <summary>Registers the plugin's services.</summary>
public class PluginNopStartup : INopStartup
{
    /// <summary>Adds the services.</summary>
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAiqClient();
        services.AddScoped<IAiqClientProvider, AiqClientProvider>();
        services.AddScoped<IAiqDiscountCleaner, AiqDiscountCleaner>();
        services.AddScoped<IAiqLoyaltyModelFactory, AiqLoyaltyModelFactory>();
    }

    /// <summary>Nothing to add to the pipeline.</summary>
    public void Configure(IApplicationBuilder application)
    {
    }

    /// <summary>Runs after nopCommerce's own registrations.</summary>
    public int Order => 3000;
}
