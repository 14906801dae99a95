using Nop.Core.Domain.Customers;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>Reads a cart's subtotal before discounts (safe to call while discounts are being validated).</summary>
public interface ICartSubtotalReader
{
    /// <summary>The shopping cart subtotal before any discount.</summary>
    Task<decimal> GetSubtotalBeforeDiscountsAsync(Customer customer, int storeId);
}
