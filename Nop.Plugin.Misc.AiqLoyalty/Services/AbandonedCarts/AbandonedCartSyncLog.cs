using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Retention;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// The sync log (<see cref="AiqCartSync"/> rows): search and retry for the admin grid, recovered
/// marking (by the order-placed event and by each run's sweep) and retention.
/// </summary>
public class AbandonedCartSyncLog : IAbandonedCartSyncLog
{
    #region Fields

    private static readonly int SentId = (int)CartSyncStatus.Sent;
    private static readonly int RecoveredId = (int)CartSyncStatus.Recovered;

    private readonly IRepository<AiqCartSync> _syncRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly ShoppingCartSettings _shoppingCartSettings;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    /// <summary>Creates the sync log.</summary>
    public AbandonedCartSyncLog(IRepository<AiqCartSync> syncRepository,
        IRepository<Order> orderRepository,
        ShoppingCartSettings shoppingCartSettings,
        TimeProvider timeProvider)
    {
        _syncRepository = syncRepository;
        _orderRepository = orderRepository;
        _shoppingCartSettings = shoppingCartSettings;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    #endregion

    #region Utilities

    private DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    private async Task<int> SetRecoveredAsync(IList<AiqCartSync> rows)
    {
        foreach (var row in rows)
        {
            row.StatusId = RecoveredId;
            row.UpdatedOnUtc = UtcNow;
            await _syncRepository.UpdateAsync(row, false);
        }

        return rows.Count;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<IPagedList<AiqCartSync>> SearchAsync(int storeId = 0, CartSyncStatus? status = null, DateTime? fromUtc = null, DateTime? toUtc = null,
        int pageIndex = 0, int pageSize = int.MaxValue)
    {
        var query = _syncRepository.Table.Filter(storeId, status, fromUtc, toUtc);
        return await query.OrderByDescending(sync => sync.UpdatedOnUtc).ThenByDescending(sync => sync.Id).ToPagedListAsync(pageIndex, pageSize);
    }

    /// <inheritdoc />
    public async Task<int> RetryAsync(IEnumerable<int> ids)
    {
        var idList = ids?.Distinct().ToArray() ?? [];
        if (idList.Length == 0)
            return 0;

        var failedId = (int)CartSyncStatus.Failed;
        var retryingId = (int)CartSyncStatus.Retrying;
        var rows = await _syncRepository.Table
            .Where(sync => idList.Contains(sync.Id) && (sync.StatusId == failedId || sync.StatusId == retryingId))
            .ToListAsync();

        var now = UtcNow;
        foreach (var row in rows)
        {
            row.StatusId = retryingId;
            row.NextAttemptOnUtc = now;
            row.Attempts = 0;
            row.UpdatedOnUtc = now;
            await _syncRepository.UpdateAsync(row, false);
        }

        return rows.Count;
    }

    /// <inheritdoc />
    public async Task<int> MarkRecoveredAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        var query = _syncRepository.Table.Where(sync => sync.CustomerId == order.CustomerId && sync.StatusId == SentId && sync.SentOnUtc <= order.CreatedOnUtc);
        if (!_shoppingCartSettings.CartsSharedBetweenStores)
            query = query.Where(sync => sync.StoreId == order.StoreId);

        return await SetRecoveredAsync(await query.ToListAsync());
    }

    /// <inheritdoc />
    public async Task<int> SweepRecoveredAsync(int storeId)
    {
        var orders = _orderRepository.Table.Where(order => !order.Deleted);
        if (!_shoppingCartSettings.CartsSharedBetweenStores)
            orders = orders.Where(order => order.StoreId == storeId);

        var rows = await _syncRepository.Table
            .Where(sync => sync.StoreId == storeId && sync.StatusId == SentId
                && orders.Any(order => order.CustomerId == sync.CustomerId && order.CreatedOnUtc >= sync.SentOnUtc))
            .OrderBy(sync => sync.Id)
            .Take(AbandonedCartDefaults.RecoveredSweepBatchSize)
            .ToListAsync();

        return await SetRecoveredAsync(rows);
    }

    /// <inheritdoc />
    public async Task<int> PurgeAsync(int storeId, int retentionDays)
    {
        if (retentionDays <= 0)
            return 0;
        var cutoff = UtcNow.AddDays(-retentionDays);
        return await _syncRepository.DeleteInBatchesAsync(sync => sync.StoreId == storeId && sync.UpdatedOnUtc < cutoff);
    }

    #endregion
}
