namespace AiqLoyalty.Core.Carts;

/// <summary>Money totals of an abandoned cart, in the store's currency.</summary>
public sealed record AbandonedCartTotals
{
    /// <summary>Sum of the lines before discounts, taxes and fees.</summary>
    public decimal Subtotal { get; init; }

    /// <summary>Taxes.</summary>
    public decimal Taxes { get; init; }

    /// <summary>Fees (shipping, payment and the like).</summary>
    public decimal Fees { get; init; }

    /// <summary>Discounts, as a positive amount.</summary>
    public decimal Discounts { get; init; }

    /// <summary>What the shopper would pay.</summary>
    public decimal Total { get; init; }
}
