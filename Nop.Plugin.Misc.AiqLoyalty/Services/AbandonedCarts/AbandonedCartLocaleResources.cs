namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>The sync log's texts (English).</summary>
public static class AbandonedCartLocaleResources
{
    private const string P = "Plugins.Misc.AiqLoyalty";

    /// <summary>The sync log page, its grid, filters and actions.</summary>
    public static IReadOnlyDictionary<string, string> SyncLog => new Dictionary<string, string>
    {
        [$"{P}.Menu.SyncLog"] = "Sync log",

        [$"{P}.SyncLog.Title"] = "Abandoned carts sent to AIQ",
        [$"{P}.SyncLog.Search.Store"] = "Store",
        [$"{P}.SyncLog.Search.Store.Hint"] = "Show the carts of one store.",
        [$"{P}.SyncLog.Search.Status"] = "Status",
        [$"{P}.SyncLog.Search.Status.Hint"] = "Show carts in one state.",
        [$"{P}.SyncLog.Search.From"] = "Changed from",
        [$"{P}.SyncLog.Search.From.Hint"] = "Show rows changed on or after this date.",
        [$"{P}.SyncLog.Search.To"] = "Changed to",
        [$"{P}.SyncLog.Search.To.Hint"] = "Show rows changed on or before this date.",
        [$"{P}.SyncLog.Search.AllStatuses"] = "All",

        [$"{P}.SyncLog.Fields.UpdatedOn"] = "Time",
        [$"{P}.SyncLog.Fields.Store"] = "Store",
        [$"{P}.SyncLog.Fields.Customer"] = "Customer",
        [$"{P}.SyncLog.Fields.Contact"] = "Contact",
        [$"{P}.SyncLog.Fields.Items"] = "Items",
        [$"{P}.SyncLog.Fields.Total"] = "Total",
        [$"{P}.SyncLog.Fields.Status"] = "Status",
        [$"{P}.SyncLog.Fields.HttpStatus"] = "HTTP status",
        [$"{P}.SyncLog.Fields.Error"] = "Error or reason",
        [$"{P}.SyncLog.Fields.Attempts"] = "Attempts",
        [$"{P}.SyncLog.Fields.NextAttemptOn"] = "Next attempt",

        [$"{P}.SyncLog.Status.Sending"] = "Sending",
        [$"{P}.SyncLog.Status.Sent"] = "Sent",
        [$"{P}.SyncLog.Status.Retrying"] = "Retrying",
        [$"{P}.SyncLog.Status.Failed"] = "Failed",
        [$"{P}.SyncLog.Status.Skipped"] = "Skipped",
        [$"{P}.SyncLog.Status.Recovered"] = "Recovered",

        [$"{P}.SyncLog.Retry"] = "Retry selected",
        [$"{P}.SyncLog.Retry.Done"] = "{0} cart(s) will be sent again at the next run.",
        [$"{P}.SyncLog.RunNow"] = "Run now",
        [$"{P}.SyncLog.RunNow.Hint"] = "Looks for abandoned carts in the selected store scope and sends them now.",
        [$"{P}.SyncLog.RunNow.Done"] = "Run finished: {0} found, {1} sent, {2} unchanged, {3} retrying, {4} failed, {5} skipped, {6} recovered.",
        [$"{P}.SyncLog.RunNow.Stopped"] = "The run stopped early ({0}); the next run carries on where it stopped.",
        [$"{P}.SyncLog.Purge"] = "Purge old rows",
        [$"{P}.SyncLog.Purge.Hint"] = "Deletes rows older than the \"Keep logs (days)\" setting of each store (the daily retention task does this too).",
        [$"{P}.SyncLog.Purge.Done"] = "{0} old row(s) deleted."
    };
}
