namespace Nop.Plugin.Misc.AiqLoyalty.Services.Retention;

/// <summary>Deletes the plugin's rows older than each store's retention (SyncLogRetentionDays).</summary>
public interface IRetentionService
{
    /// <summary>
    /// For every store (and the all-stores scope, whose calls the configuration page's connection test
    /// makes): ended verification rows, sync log rows and call log rows older than its retention.
    /// </summary>
    Task<RetentionResult> PurgeAsync();
}
