using AiqLoyalty.Core.Client;

namespace Nop.Plugin.Misc.AiqLoyalty.Services;

/// <summary>Hands out AIQ clients configured with a store's settings.</summary>
public interface IAiqClientProvider
{
    /// <summary>Builds the client options from settings; <paramref name="apiKeyOverride"/> replaces the saved key when given.</summary>
    AiqClientOptions BuildOptions(AiqLoyaltySettings settings, string apiKeyOverride = null);

    /// <summary>A client for the store's saved settings.</summary>
    Task<IAiqClient> GetClientAsync(int storeId);

    /// <summary>A client for settings already loaded (one load per request).</summary>
    /// <param name="settings">The settings of <paramref name="storeId"/>.</param>
    /// <param name="storeId">The store (0: the all-stores configuration) its calls are logged under.</param>
    /// <param name="apiKeyOverride">A key typed on the configuration page, replacing the saved one.</param>
    IAiqClient GetClient(AiqLoyaltySettings settings, int storeId, string apiKeyOverride = null);

    /// <summary>Encrypts an API key for storage.</summary>
    string ProtectApiKey(string apiKey);
}
