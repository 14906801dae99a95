namespace AiqLoyalty.Core.Offers;

/// <summary>
/// A reward the shopper may apply at online checkout, checked and normalised from AIQ's wallet.
/// Text fields are plain data: encoding them for display is the view's job.
/// </summary>
public sealed record RewardOffer
{
    /// <summary>AIQ's template id, trimmed.</summary>
    public required string TemplateId { get; init; }

    /// <summary>Reward name, trimmed and length-capped; falls back to the title, then the id.</summary>
    public required string Name { get; init; }

    /// <summary>Short headline (AIQ's pageTitle) such as "15% OFF", trimmed and length-capped.</summary>
    public string? Title { get; init; }

    /// <summary>Absolute http(s) image URL, or null.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Points AIQ deducts on redemption (never negative); record it on the order.</summary>
    public long PointsCost { get; init; }

    /// <summary>How the reward takes money off.</summary>
    public RewardKind Kind { get; init; }

    /// <summary>Amount off for <see cref="RewardKind.FixedAmount"/>; otherwise null.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Percent off (0 &lt; p ≤ 100) for <see cref="RewardKind.Percentage"/>; otherwise null.</summary>
    public decimal? Percentage { get; init; }

    /// <summary>Largest discount allowed (legacy priceCap with min=false), or null for no cap.</summary>
    public decimal? MaxDiscountAmount { get; init; }

    /// <summary>Order total the order must exceed (legacy priceCap with min=true), or null for none.</summary>
    public decimal? MinimumOrderTotal { get; init; }

    /// <summary>The merchant's mapped store/POS discount id, trimmed, or null.</summary>
    public string? PosDiscountId { get; init; }

    /// <summary>Absolute URL to PUT after checkout; null only for a <see cref="RewardKind.StoreDiscount"/> without one.</summary>
    public string? RedemptionUrl { get; init; }

    /// <summary>True when the reward can be redeemed more than once.</summary>
    public bool Reusable { get; init; }

    /// <summary>When the reward expires, or null when it does not.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
