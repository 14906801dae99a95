using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// The tables the selection query reads. The plugin passes its repositories' Table; the benchmark
/// passes linq2db tables over its own database, so both run the very same expression.
/// </summary>
/// <param name="Items">ShoppingCartItem.</param>
/// <param name="Customers">Customer.</param>
/// <param name="Addresses">Address.</param>
/// <param name="Orders">Order.</param>
/// <param name="Verifications">The plugin's verification rows.</param>
/// <param name="Syncs">The plugin's cart sync rows.</param>
public record AbandonedCartSources(
    IQueryable<ShoppingCartItem> Items,
    IQueryable<Customer> Customers,
    IQueryable<Address> Addresses,
    IQueryable<Order> Orders,
    IQueryable<AiqVerification> Verifications,
    IQueryable<AiqCartSync> Syncs);
