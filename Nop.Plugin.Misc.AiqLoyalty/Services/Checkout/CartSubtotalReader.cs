using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>Sums item subtotals without discounts, so it never re-enters discount validation.</summary>
public class CartSubtotalReader : ICartSubtotalReader
{
    private readonly IShoppingCartService _shoppingCartService;

    /// <summary>Creates the reader.</summary>
    public CartSubtotalReader(IShoppingCartService shoppingCartService)
    {
        _shoppingCartService = shoppingCartService;
    }

    /// <inheritdoc />
    public async Task<decimal> GetSubtotalBeforeDiscountsAsync(Customer customer, int storeId)
    {
        var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, storeId);
        var total = 0m;
        foreach (var item in cart)
            total += (await _shoppingCartService.GetSubTotalAsync(item, includeDiscounts: false)).subTotal;
        return total;
    }
}
