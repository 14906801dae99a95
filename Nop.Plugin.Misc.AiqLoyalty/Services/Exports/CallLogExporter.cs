using System.Runtime.CompilerServices;
using AiqLoyalty.Core.Export;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>Reads the call log with keyset pages over its id, so its memory stays one page.</summary>
public class CallLogExporter : ICallLogExporter
{
    #region Fields

    private static readonly CsvExportWriter<CallLogExportRow> Columns = new(
    [
        CsvColumn<CallLogExportRow>.Integer("Id", row => row.Call.Id),
        CsvColumn<CallLogExportRow>.UtcTime("StartedOnUtc", row => row.Call.StartedOnUtc),
        CsvColumn<CallLogExportRow>.Integer("StoreId", row => row.Call.StoreId),
        CsvColumn<CallLogExportRow>.Text("Store", row => row.StoreName),
        CsvColumn<CallLogExportRow>.Text("Operation", row => CallLogNames.Operation(row.Call.OperationId)),
        CsvColumn<CallLogExportRow>.Text("Outcome", row => CallLogNames.Outcome(row.Call.OutcomeId)),
        CsvColumn<CallLogExportRow>.Text("ErrorKind", row => row.Call.ErrorKindId is { } kind ? CallLogNames.ErrorKind(kind) : null),
        CsvColumn<CallLogExportRow>.Integer("HttpStatus", row => row.Call.HttpStatus),
        CsvColumn<CallLogExportRow>.Integer("DurationMs", row => row.Call.DurationMs),
        CsvColumn<CallLogExportRow>.Integer("Attempts", row => row.Call.Attempts),
        CsvColumn<CallLogExportRow>.Text("ContactMasked", row => row.Call.ContactMasked),
        CsvColumn<CallLogExportRow>.Integer("CustomerId", row => row.Call.CustomerId),
        CsvColumn<CallLogExportRow>.Integer("OrderId", row => row.Call.OrderId),
        CsvColumn<CallLogExportRow>.Integer("ClaimId", row => row.Call.ClaimId)
    ]);

    private readonly IRepository<AiqCallLogEntry> _repository;
    private readonly IStoreService _storeService;

    #endregion

    #region Ctor

    /// <summary>Creates the exporter.</summary>
    public CallLogExporter(IRepository<AiqCallLogEntry> repository, IStoreService storeService)
    {
        _repository = repository;
        _storeService = storeService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public CsvExportWriter<CallLogExportRow> Csv => Columns;

    /// <inheritdoc />
    public async IAsyncEnumerable<CallLogExportRow> GetRowsAsync(CallLogFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var storeNames = (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id, store => store.Name);
        var query = _repository.Table.Filter(filter);

        var lastId = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var afterId = lastId;
            var page = await query.Where(entry => entry.Id > afterId).OrderBy(entry => entry.Id).Take(ExportDefaults.PageSize).ToListAsync();
            foreach (var entry in page)
                yield return new CallLogExportRow(entry, storeNames.GetValueOrDefault(entry.StoreId));

            if (page.Count < ExportDefaults.PageSize)
                yield break;
            lastId = page[^1].Id;
        }
    }

    #endregion
}
