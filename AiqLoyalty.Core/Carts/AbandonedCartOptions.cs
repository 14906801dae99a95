namespace AiqLoyalty.Core.Carts;

/// <summary>When a cart counts as abandoned.</summary>
public sealed class AbandonedCartOptions
{
    /// <summary>Idle time since the last change after which a cart is abandoned. Default 60 minutes.</summary>
    public TimeSpan IdleThreshold { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>Carts idle this long or longer are too old to send. Default 7 days.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(7);
}
