using Nop.Core.Domain.Stores;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Runs the abandoned-cart sync store by store (<see cref="IAbandonedCartStoreSync"/>) with each
/// store's settings and AIQ client, so one store's failure never holds back another's carts, and
/// applies each store's sync log retention.
/// </summary>
public class AbandonedCartSyncService : IAbandonedCartSyncService
{
    #region Fields

    private readonly IAbandonedCartStoreSync _storeSync;
    private readonly IAbandonedCartSyncLog _syncLog;
    private readonly IAiqClientProvider _clientProvider;
    private readonly ILogger _logger;
    private readonly ISettingService _settingService;
    private readonly IStoreService _storeService;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public AbandonedCartSyncService(IAbandonedCartStoreSync storeSync,
        IAbandonedCartSyncLog syncLog,
        IAiqClientProvider clientProvider,
        ILogger logger,
        ISettingService settingService,
        IStoreService storeService,
        TimeProvider timeProvider)
    {
        _storeSync = storeSync;
        _syncLog = syncLog;
        _clientProvider = clientProvider;
        _logger = logger;
        _settingService = settingService;
        _storeService = storeService;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    #endregion

    #region Utilities

    private async Task<IList<Store>> GetStoresAsync(int storeId)
    {
        if (storeId <= 0)
            return await _storeService.GetAllStoresAsync();
        var store = await _storeService.GetStoreByIdAsync(storeId);
        return store is null ? new List<Store>() : new List<Store> { store };
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<AbandonedCartSyncResult> RunAsync(int storeId = 0, CancellationToken cancellationToken = default)
    {
        var total = new AbandonedCartSyncResult();
        var deadline = _timeProvider.GetUtcNow().UtcDateTime + AbandonedCartDefaults.RunBudget;

        foreach (var store in await GetStoresAsync(storeId))
        {
            var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(store.Id);
            if (!settings.Enabled || !settings.AbandonedCartEnabled)
                continue;

            try
            {
                var client = await _clientProvider.GetClientAsync(store.Id);
                total.Add(await _storeSync.SyncStoreAsync(store, settings, client, deadline, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One store's failure must not keep the others' carts back; its rows resume next run.
                await _logger.ErrorAsync($"AIQ loyalty: abandoned-cart sync failed for store {store.Id}.", exception);
                total.Stop("Error");
            }
        }

        return total;
    }

    /// <inheritdoc />
    public async Task<int> PurgeAsync(int storeId = 0)
    {
        var purged = 0;
        foreach (var store in await GetStoresAsync(storeId))
        {
            var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(store.Id);
            purged += await _syncLog.PurgeAsync(store.Id, settings.SyncLogRetentionDays);
        }

        return purged;
    }

    #endregion
}
