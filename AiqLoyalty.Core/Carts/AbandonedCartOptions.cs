namespace AiqLoyalty.Core.Carts;

/// <summary>When a cart counts as abandoned, whose carts may be sent, and the store they are sent for.</summary>
public sealed class AbandonedCartOptions
{
    /// <summary>Idle time since the last change after which a cart is abandoned. Default 60 minutes.</summary>
    public TimeSpan IdleThreshold { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>Carts idle this long or longer are too old to send. Default 7 days.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Whose carts may be sent. Default: AIQ members and customers who gave marketing consent.</summary>
    public CartAudience Audience { get; set; } = CartAudience.MembersAndConsented;

    /// <summary>What counts as marketing consent. Default: an active newsletter subscription.</summary>
    public CartConsentSource ConsentSource { get; set; } = CartConsentSource.Newsletter;

    /// <summary>The platform's id of the GDPR consent that counts (with <see cref="CartConsentSource.GdprConsent"/>); 0 for none.</summary>
    public int GdprConsentId { get; set; }

    /// <summary>AIQ's id of the store the carts are sent for (AIQ's store list); null when not mapped.</summary>
    public long? AiqStoreId { get; set; }
}
