using System.Globalization;
using System.Runtime.CompilerServices;
using AiqLoyalty.Core.Export;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>Reads the sync log with keyset pages over its id, so its memory stays one page.</summary>
public class SyncLogExporter : ISyncLogExporter
{
    #region Fields

    private static readonly CsvExportWriter<SyncLogExportRow> Columns = new(
    [
        CsvColumn<SyncLogExportRow>.Integer("Id", row => row.Sync.Id),
        CsvColumn<SyncLogExportRow>.UtcTime("UpdatedOnUtc", row => row.Sync.UpdatedOnUtc),
        CsvColumn<SyncLogExportRow>.Integer("StoreId", row => row.Sync.StoreId),
        CsvColumn<SyncLogExportRow>.Text("Store", row => row.StoreName),
        CsvColumn<SyncLogExportRow>.Integer("CustomerId", row => row.Sync.CustomerId),
        CsvColumn<SyncLogExportRow>.Text("ContactMasked", row => row.Sync.ContactMasked),
        CsvColumn<SyncLogExportRow>.Integer("Items", row => row.Sync.ItemCount),
        CsvColumn<SyncLogExportRow>.Decimal("CartTotal", row => row.Sync.CartTotal),
        CsvColumn<SyncLogExportRow>.Text("Status", row => StatusName(row.Sync.StatusId)),
        CsvColumn<SyncLogExportRow>.Integer("HttpStatus", row => row.Sync.HttpStatus),
        CsvColumn<SyncLogExportRow>.Text("Error", row => row.Sync.Error),
        CsvColumn<SyncLogExportRow>.Integer("Attempts", row => row.Sync.Attempts),
        CsvColumn<SyncLogExportRow>.UtcTime("NextAttemptOnUtc", row => row.Sync.NextAttemptOnUtc),
        CsvColumn<SyncLogExportRow>.UtcTime("SentOnUtc", row => row.Sync.SentOnUtc),
        CsvColumn<SyncLogExportRow>.UtcTime("CreatedOnUtc", row => row.Sync.CreatedOnUtc)
    ]);

    private readonly IRepository<AiqCartSync> _syncRepository;
    private readonly IStoreService _storeService;

    #endregion

    #region Ctor

    /// <summary>Creates the exporter.</summary>
    public SyncLogExporter(IRepository<AiqCartSync> syncRepository, IStoreService storeService)
    {
        _syncRepository = syncRepository;
        _storeService = storeService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public CsvExportWriter<SyncLogExportRow> Csv => Columns;

    /// <inheritdoc />
    public async IAsyncEnumerable<SyncLogExportRow> GetRowsAsync(int storeId, CartSyncStatus? status, DateTime? fromUtc, DateTime? toUtc,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var storeNames = (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id, store => store.Name);
        var query = _syncRepository.Table.Filter(storeId, status, fromUtc, toUtc);

        var lastId = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var afterId = lastId;
            var page = await query.Where(sync => sync.Id > afterId).OrderBy(sync => sync.Id).Take(ExportDefaults.PageSize).ToListAsync();
            foreach (var sync in page)
                yield return new SyncLogExportRow(sync, storeNames.GetValueOrDefault(sync.StoreId));

            if (page.Count < ExportDefaults.PageSize)
                yield break;
            lastId = page[^1].Id;
        }
    }

    #endregion

    #region Utilities

    /// <summary>The status's stable English name (a script's filter value), or its number when unknown.</summary>
    private static string StatusName(int statusId) =>
        Enum.IsDefined(typeof(CartSyncStatus), statusId) ? ((CartSyncStatus)statusId).ToString() : statusId.ToString(CultureInfo.InvariantCulture);

    #endregion
}
