namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>What one selection query asks for: a store, a time window and the next batch.</summary>
public record AbandonedCartQueryParameters
{
    /// <summary>The store whose carts are selected.</summary>
    public int StoreId { get; init; }

    /// <summary>ShoppingCartSettings.CartsSharedBetweenStores: one cart across stores, owned by the store of its newest item.</summary>
    public bool CartsSharedBetweenStores { get; init; }

    /// <summary>The run's clock.</summary>
    public DateTime NowUtc { get; init; }

    /// <summary>Idle threshold: the newest change must be at or before NowUtc minus this.</summary>
    public TimeSpan IdleThreshold { get; init; }

    /// <summary>Maximum age: the newest change must be after NowUtc minus this.</summary>
    public TimeSpan MaxAge { get; init; }

    /// <summary>A Sending row older than this is taken as a crashed send and selected again.</summary>
    public TimeSpan StaleSendingAfter { get; init; }

    /// <summary>Keyset: only customers with a greater id (0 for the first batch).</summary>
    public int AfterCustomerId { get; init; }

    /// <summary>Carts per batch.</summary>
    public int BatchSize { get; init; }
}
