using AiqLoyalty.Core.Export;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>The auditors' CSV of rewards and points per order.</summary>
public interface IRewardsAuditExporter
{
    /// <summary>The export's columns.</summary>
    CsvExportWriter<RewardsAuditRow> Csv { get; }

    /// <summary>
    /// The rewards of every order in the range, by order and claim, read a page at a time as the
    /// caller consumes them.
    /// </summary>
    /// <param name="storeId">A store, or 0 for all.</param>
    /// <param name="fromUtc">Claims made on or after this time.</param>
    /// <param name="toUtc">Claims made on or before this day (the whole day counts).</param>
    /// <param name="cancellationToken">Stops reading (a download the browser gave up).</param>
    IAsyncEnumerable<RewardsAuditRow> GetRowsAsync(int storeId, DateTime? fromUtc, DateTime? toUtc, CancellationToken cancellationToken = default);
}
