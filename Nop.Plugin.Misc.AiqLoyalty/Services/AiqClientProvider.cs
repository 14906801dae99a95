using System.Security.Cryptography;
using AiqLoyalty.Core.Client;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Services.Configuration;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AiqLoyalty.Services;

/// <summary>
/// Builds AIQ clients from the store's settings. The API key is stored encrypted and decrypted only
/// here, into the client options; it is never logged. Each client reports its calls to the call log
/// under its store, unless the store turned the call log off.
/// </summary>
public class AiqClientProvider : IAiqClientProvider
{
    #region Fields

    private readonly IAiqCallLog _callLog;
    private readonly IAiqClientFactory _clientFactory;
    private readonly IEncryptionService _encryptionService;
    private readonly ISettingService _settingService;

    #endregion

    #region Ctor

    /// <summary>Creates the provider.</summary>
    public AiqClientProvider(IAiqCallLog callLog,
        IAiqClientFactory clientFactory,
        IEncryptionService encryptionService,
        ISettingService settingService)
    {
        _callLog = callLog;
        _clientFactory = clientFactory;
        _encryptionService = encryptionService;
        _settingService = settingService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public AiqClientOptions BuildOptions(AiqLoyaltySettings settings, string apiKeyOverride = null)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var timeout = AiqLoyaltySettingLimits.RequestTimeout(settings);
        return new AiqClientOptions
        {
            BaseUrl = string.IsNullOrWhiteSpace(settings.BaseUrl) ? AiqClientOptions.DefaultBaseUrl : settings.BaseUrl.Trim(),
            ApiKey = string.IsNullOrWhiteSpace(apiKeyOverride) ? UnprotectApiKey(settings.ApiKeyEncrypted) : apiKeyOverride.Trim(),
            Uid = settings.Uid?.Trim() ?? string.Empty,
            TotalTimeout = timeout,
            AttemptTimeout = timeout / 2 < TimeSpan.FromMilliseconds(500) ? timeout : timeout / 2
        };
    }

    /// <inheritdoc />
    public async Task<IAiqClient> GetClientAsync(int storeId)
    {
        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeId);
        return GetClient(settings, storeId);
    }

    /// <inheritdoc />
    public IAiqClient GetClient(AiqLoyaltySettings settings, int storeId, string apiKeyOverride = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return _clientFactory.Create(BuildOptions(settings, apiKeyOverride), settings.CallLogEnabled ? _callLog.ObserverFor(storeId) : null);
    }

    /// <inheritdoc />
    public string ProtectApiKey(string apiKey) =>
        string.IsNullOrWhiteSpace(apiKey) ? string.Empty : _encryptionService.EncryptText(apiKey.Trim());

    #endregion

    #region Utilities

    private string UnprotectApiKey(string encrypted)
    {
        if (string.IsNullOrEmpty(encrypted))
            return string.Empty;
        try
        {
            return _encryptionService.DecryptText(encrypted);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            // The store's encryption key changed: the key reads as "not set" and the merchant enters it again.
            return string.Empty;
        }
    }

    #endregion
}
