using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Retention;

/// <summary>
/// The retention run: each store with its own settings, each table in bounded batches. It runs for
/// stores where the plugin is off too (their old rows still go). A store whose purge fails is logged
/// and the others go on.
/// </summary>
public class RetentionService : IRetentionService
{
    #region Fields

    private readonly IAbandonedCartSyncLog _syncLog;
    private readonly IAiqCallLog _callLog;
    private readonly ILogger _logger;
    private readonly IRepository<AiqVerification> _verificationRepository;
    private readonly ISettingService _settingService;
    private readonly IStoreService _storeService;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public RetentionService(IAbandonedCartSyncLog syncLog,
        IAiqCallLog callLog,
        ILogger logger,
        IRepository<AiqVerification> verificationRepository,
        ISettingService settingService,
        IStoreService storeService,
        TimeProvider timeProvider)
    {
        _syncLog = syncLog;
        _callLog = callLog;
        _logger = logger;
        _verificationRepository = verificationRepository;
        _settingService = settingService;
        _storeService = storeService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<RetentionResult> PurgeAsync()
    {
        var total = RetentionResult.None;
        var storeIds = (await _storeService.GetAllStoresAsync()).Select(store => store.Id).Prepend(0);
        foreach (var storeId in storeIds)
        {
            try
            {
                total = total.Add(await PurgeStoreAsync(storeId));
            }
            catch (Exception exception)
            {
                await _logger.WarningAsync($"AIQ loyalty: the retention run could not clean store {storeId}; it is tried again tomorrow.", exception);
            }
        }

        return total;
    }

    #endregion

    #region Utilities

    private async Task<RetentionResult> PurgeStoreAsync(int storeId)
    {
        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeId);
        var days = AiqLoyaltySettingLimits.SyncLogRetentionDays.Clamp(settings.SyncLogRetentionDays);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-days);

        // Store 0 owns no verification or sync rows: those always belong to a store.
        if (storeId == 0)
            return new RetentionResult(0, 0, await _callLog.PurgeAsync(storeId, cutoff));

        var verifications = await _verificationRepository.DeleteInBatchesAsync(VerificationRetention.Expired(storeId, cutoff, now, settings));
        var syncRows = await _syncLog.PurgeAsync(storeId, days);
        var calls = await _callLog.PurgeAsync(storeId, cutoff);
        return new RetentionResult(verifications, syncRows, calls);
    }

    #endregion
}
