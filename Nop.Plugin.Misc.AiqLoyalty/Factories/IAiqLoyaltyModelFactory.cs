using Nop.Plugin.Misc.AiqLoyalty.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Factories;

/// <summary>Prepares the plugin's admin models.</summary>
public interface IAiqLoyaltyModelFactory
{
    /// <summary>The configuration page for the active store scope; <paramref name="posted"/> keeps a refused form's values.</summary>
    Task<ConfigurationModel> PrepareConfigurationModelAsync(ConfigurationModel posted = null);
}
