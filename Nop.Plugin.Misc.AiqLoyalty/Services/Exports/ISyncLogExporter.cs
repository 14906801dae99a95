using AiqLoyalty.Core.Export;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>The abandoned-cart sync log as CSV, with the log page's filters.</summary>
public interface ISyncLogExporter
{
    /// <summary>The export's columns.</summary>
    CsvExportWriter<SyncLogExportRow> Csv { get; }

    /// <summary>The rows that match the filters, oldest first, read a page at a time as the caller consumes them.</summary>
    /// <param name="storeId">A store, or 0 for all.</param>
    /// <param name="status">A status, or null for all.</param>
    /// <param name="fromUtc">Rows changed at or after this time.</param>
    /// <param name="toUtc">Rows changed before this time.</param>
    /// <param name="cancellationToken">Stops reading (a download the browser gave up).</param>
    IAsyncEnumerable<SyncLogExportRow> GetRowsAsync(int storeId, CartSyncStatus? status, DateTime? fromUtc, DateTime? toUtc, CancellationToken cancellationToken = default);
}
