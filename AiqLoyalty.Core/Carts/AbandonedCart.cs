namespace AiqLoyalty.Core.Carts;

/// <summary>A platform-neutral abandoned cart, as the plugin gathers it for AIQ.</summary>
public sealed record AbandonedCart
{
    /// <summary>The platform's cart id (stable for the shopper's cart).</summary>
    public required string CartId { get; init; }

    /// <summary>When the cart was started (its oldest line).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the cart last changed (its newest line).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Who the cart belongs to.</summary>
    public AbandonedCartCustomer Customer { get; init; } = new();

    /// <summary>The cart's lines.</summary>
    public IReadOnlyList<AbandonedCartLine> Lines { get; init; } = [];

    /// <summary>The cart's money totals.</summary>
    public AbandonedCartTotals Totals { get; init; } = new();

    /// <summary>The store the cart is in.</summary>
    public AbandonedCartStore Store { get; init; } = new();

    /// <summary>Absolute link back to the cart.</summary>
    public string? CartUrl { get; init; }
}
