using AiqLoyalty.Core.Export;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>The AIQ call log as CSV, with the log page's filters.</summary>
public interface ICallLogExporter
{
    /// <summary>The export's columns.</summary>
    CsvExportWriter<CallLogExportRow> Csv { get; }

    /// <summary>The rows that match the filter, oldest first, read a page at a time as the caller consumes them.</summary>
    /// <param name="filter">The page's filters.</param>
    /// <param name="cancellationToken">Stops reading (a download the browser gave up).</param>
    IAsyncEnumerable<CallLogExportRow> GetRowsAsync(CallLogFilter filter, CancellationToken cancellationToken = default);
}
