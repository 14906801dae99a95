using Moq;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>The cart subtotal the minimum is checked against.</summary>
[TestFixture]
public class CartSubtotalReaderTests
{
    [Test]
    public async Task ItSumsTheCartsItemSubtotalsWithoutDiscounts()
    {
        var customer = new Customer { Id = 11 };
        var items = new List<ShoppingCartItem> { new() { Id = 1, Quantity = 2 }, new() { Id = 2, Quantity = 1 } };
        var carts = new Mock<IShoppingCartService>(MockBehavior.Strict);
        carts.Setup(c => c.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, 3, null, null, null, null)).ReturnsAsync(items);
        carts.Setup(c => c.GetSubTotalAsync(It.IsAny<ShoppingCartItem>(), false))
            .ReturnsAsync((ShoppingCartItem item, bool _) => (item.Id == 1 ? 20m : 15.5m, 0m, new List<Discount>(), (int?)null));

        var subtotal = await new CartSubtotalReader(carts.Object).GetSubtotalBeforeDiscountsAsync(customer, 3);

        Assert.That(subtotal, Is.EqualTo(35.5m));
        carts.Verify(c => c.GetSubTotalAsync(It.IsAny<ShoppingCartItem>(), true), Times.Never);
    }

    [Test]
    public async Task AnEmptyCartIsZero()
    {
        var carts = new Mock<IShoppingCartService>();
        carts.Setup(c => c.GetShoppingCartAsync(It.IsAny<Customer>(), It.IsAny<ShoppingCartType?>(), It.IsAny<int>(), It.IsAny<int?>(),
            It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<int?>())).ReturnsAsync(new List<ShoppingCartItem>());

        Assert.That(await new CartSubtotalReader(carts.Object).GetSubtotalBeforeDiscountsAsync(new Customer { Id = 1 }, 1), Is.Zero);
    }
}
