using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Services.Customers;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// The cart's discounts as nopCommerce computes them for checkout, for a customer who is not the
/// current one: each line's discount from IShoppingCartService.GetSubTotalAsync (product, category
/// and manufacturer discounts) and the order-subtotal discount from
/// IOrderTotalCalculationService.GetShoppingCartSubTotalAsync; both take the customer from the cart
/// and validate each discount's requirements for that customer. Customers are loaded in one call;
/// the calculation itself is nopCommerce's, per cart (its discount and product caches apply).
/// </summary>
public class AbandonedCartPricing : IAbandonedCartPricing
{
    #region Fields

    private readonly ICustomerService _customerService;
    private readonly ILogger _logger;
    private readonly IOrderTotalCalculationService _orderTotalCalculationService;
    private readonly IShoppingCartService _shoppingCartService;

    #endregion

    #region Ctor

    /// <summary>Creates the pricing reader.</summary>
    public AbandonedCartPricing(ICustomerService customerService,
        ILogger logger,
        IOrderTotalCalculationService orderTotalCalculationService,
        IShoppingCartService shoppingCartService)
    {
        _customerService = customerService;
        _logger = logger;
        _orderTotalCalculationService = orderTotalCalculationService;
        _shoppingCartService = shoppingCartService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<int, AbandonedCartDiscounts>> GetDiscountsAsync(Store store, IReadOnlyCollection<int> customerIds)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(customerIds);

        var result = new Dictionary<int, AbandonedCartDiscounts>();
        if (customerIds.Count == 0)
            return result;

        foreach (var customer in await _customerService.GetCustomersByIdsAsync(customerIds.ToArray()))
        {
            try
            {
                var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, store.Id);
                var items = new Dictionary<int, decimal>(cart.Count);
                foreach (var item in cart)
                {
                    var (_, discountAmount, _, _) = await _shoppingCartService.GetSubTotalAsync(item, includeDiscounts: true);
                    items[item.Id] = Math.Max(0m, discountAmount);
                }

                var (subtotalDiscount, _, _, _, _) = await _orderTotalCalculationService.GetShoppingCartSubTotalAsync(cart, includingTax: false);
                result[customer.Id] = new AbandonedCartDiscounts(items, Math.Max(0m, subtotalDiscount));
            }
            catch (Exception exception)
            {
                // One cart's pricing failure (a discount rule that throws) must not hold back the batch:
                // the cart goes without its discounts, and the log says so.
                await _logger.WarningAsync($"AIQ loyalty: the discounts of customer {customer.Id}'s cart (store {store.Id}) could not be computed; sent without them.", exception);
            }
        }

        return result;
    }

    #endregion
}
