namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>The discounts nopCommerce gives one cart, as positive amounts in the store's currency.</summary>
/// <param name="ItemDiscounts">Per shopping cart item id: the discount on that line (product, category and manufacturer discounts).</param>
/// <param name="SubtotalDiscount">The discount on the order subtotal (including an applied AIQ reward's).</param>
public sealed record AbandonedCartDiscounts(IReadOnlyDictionary<int, decimal> ItemDiscounts, decimal SubtotalDiscount)
{
    /// <summary>Everything the cart is discounted by.</summary>
    public decimal Total => ItemDiscounts.Values.Sum() + SubtotalDiscount;
}
