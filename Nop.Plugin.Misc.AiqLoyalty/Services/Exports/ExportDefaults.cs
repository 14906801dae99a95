namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>Names and limits of the plugin's CSV exports.</summary>
public static class ExportDefaults
{
    /// <summary>
    /// Rows read per query. Each page is a short keyset query, so no database connection stays open
    /// while a slow browser downloads, and memory holds one page, whatever the export's size.
    /// </summary>
    public static int PageSize => 1000;

    /// <summary>The content type of every export.</summary>
    public static string ContentType => "text/csv; charset=utf-8";

    /// <summary>The rewards audit's file name for an export started at <paramref name="utcNow"/>.</summary>
    public static string RewardsAuditFileName(DateTime utcNow) => $"aiq-rewards-audit-{utcNow:yyyyMMddHHmmss}.csv";

    /// <summary>The sync log's file name for an export started at <paramref name="utcNow"/>.</summary>
    public static string SyncLogFileName(DateTime utcNow) => $"aiq-sync-log-{utcNow:yyyyMMddHHmmss}.csv";
}
