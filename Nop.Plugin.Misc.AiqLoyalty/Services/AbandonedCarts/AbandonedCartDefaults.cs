using AiqLoyalty.Core.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Names and limits of the abandoned-cart sync: batch size, concurrency, run budget, backoff, views.
/// </summary>
public static class AbandonedCartDefaults
{
    /// <summary>
    /// Longest a run keeps starting sends. nopCommerce's task caller gives up after 100 s; a run stops
    /// starting new work after this and the next run resumes from the sync rows.
    /// </summary>
    public static TimeSpan RunBudget => TimeSpan.FromSeconds(60);

    /// <summary>Carts selected (and their lines loaded) per query.</summary>
    public static int BatchSize => 500;

    /// <summary>Sends in flight at once per store (AIQ's related API allows 20 requests/s per key).</summary>
    public static int MaxConcurrentSends => 4;

    /// <summary>
    /// Carts worked on at once per store: their sync-row writes overlap (each is a commit) while at
    /// most <see cref="MaxConcurrentSends"/> of them are at AIQ.
    /// </summary>
    public static int MaxConcurrentCarts => 16;

    /// <summary>A row left in Sending longer than this (a crash mid-send) is sent again.</summary>
    public static TimeSpan StaleSendingAfter => TimeSpan.FromMinutes(5);

    /// <summary>Sent rows checked for a later order per run and store.</summary>
    public static int RecoveredSweepBatchSize => 1000;

    /// <summary>Backoff for transient failures (5xx, timeouts, 429 without Retry-After); then Failed.</summary>
    public static RetryScheduleOptions Backoff => new()
    {
        BaseDelay = TimeSpan.FromMinutes(2),
        MaxDelay = TimeSpan.FromHours(6),
        MaxAttempts = 8
    };

    /// <summary>The storefront path of the shopping cart, appended to the store URL for the link back.</summary>
    public static string CartPath => "cart";

    /// <summary>Prefix of the customer scope key of a verification row ("c:{customerId}").</summary>
    public static string CustomerScopePrefix => "c:";

    /// <summary>Prefix of the cart id sent to AIQ ("nop-{storeId}-{customerId}").</summary>
    public static string CartIdPrefix => "nop";

    /// <summary>The sync log page.</summary>
    public static string SyncLogListView => "~/Plugins/Misc.AiqLoyalty/Views/SyncLog/List.cshtml";

    /// <summary>The sync log controller (admin area route).</summary>
    public static string SyncLogController => "AiqLoyaltySyncLog";

    /// <summary>HTTP 429: a row with it and a future NextAttemptOnUtc pauses the store's sends.</summary>
    public static int TooManyRequestsStatus => 429;

    /// <summary>Longest error text kept on a row (the column is 1000).</summary>
    public static int MaxErrorLength => 1000;
}
