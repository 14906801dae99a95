using Moq;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Services.Customers;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.AbandonedCarts;

/// <summary>The cart's discounts as nopCommerce's own calculation gives them, for customers who are not the current one.</summary>
[TestFixture]
public class AbandonedCartPricingTests
{
    private static readonly Store Store = new() { Id = 1, Name = "Main St" };

    [Test]
    public async Task LineDiscountsAndTheSubtotalDiscountComeFromNopCommercePerCustomerCart()
    {
        var ann = new Customer { Id = 10 };
        var ben = new Customer { Id = 11 };
        var annsFlower = new ShoppingCartItem { Id = 100, CustomerId = 10, ProductId = 1, StoreId = 1 };
        var annsPreRoll = new ShoppingCartItem { Id = 101, CustomerId = 10, ProductId = 2, StoreId = 1 };
        var bensFlower = new ShoppingCartItem { Id = 200, CustomerId = 11, ProductId = 1, StoreId = 1 };

        var customers = new Mock<ICustomerService>();
        customers.Setup(c => c.GetCustomersByIdsAsync(It.Is<int[]>(ids => ids.OrderBy(id => id).SequenceEqual(new[] { 10, 11 }))))
            .ReturnsAsync(new List<Customer> { ann, ben });
        var carts = new Mock<IShoppingCartService>();
        carts.Setup(c => c.GetShoppingCartAsync(ann, ShoppingCartType.ShoppingCart, 1, null, null, null, null)).ReturnsAsync(new List<ShoppingCartItem> { annsFlower, annsPreRoll });
        carts.Setup(c => c.GetShoppingCartAsync(ben, ShoppingCartType.ShoppingCart, 1, null, null, null, null)).ReturnsAsync(new List<ShoppingCartItem> { bensFlower });
        carts.Setup(c => c.GetSubTotalAsync(It.IsAny<ShoppingCartItem>(), true))
            .ReturnsAsync((ShoppingCartItem item, bool _) => (20m, item.Id == 100 ? 4m : 0m, new List<Discount>(), (int?)null));
        var totals = new Mock<IOrderTotalCalculationService>();
        totals.Setup(t => t.GetShoppingCartSubTotalAsync(It.Is<IList<ShoppingCartItem>>(cart => cart.Any(item => item.Id == 100)), false))
            .ReturnsAsync((3.5m, new List<Discount>(), 40m, 36.5m, new SortedDictionary<decimal, decimal>()));
        totals.Setup(t => t.GetShoppingCartSubTotalAsync(It.Is<IList<ShoppingCartItem>>(cart => cart.Any(item => item.Id == 200)), false))
            .ThrowsAsync(new InvalidOperationException("a discount rule failed"));
        var logger = new Mock<ILogger>();

        var discounts = await new AbandonedCartPricing(customers.Object, logger.Object, totals.Object, carts.Object).GetDiscountsAsync(Store, [10, 11]);

        Assert.Multiple(() =>
        {
            Assert.That(discounts.Keys, Is.EqualTo(new[] { 10 }), "a cart whose pricing fails is left out, not the batch");
            Assert.That(discounts[10].ItemDiscounts, Is.EquivalentTo(new Dictionary<int, decimal> { [100] = 4m, [101] = 0m }));
            Assert.That(discounts[10].SubtotalDiscount, Is.EqualTo(3.5m));
            Assert.That(discounts[10].Total, Is.EqualTo(7.5m));
        });
        logger.Verify(l => l.WarningAsync(It.Is<string>(m => m.Contains("customer 11")), It.IsAny<Exception>(), It.IsAny<Customer>()), Times.Once);
    }

    [Test]
    public async Task NoCustomersNoCalls()
    {
        var customers = new Mock<ICustomerService>(MockBehavior.Strict);
        var discounts = await new AbandonedCartPricing(customers.Object, Mock.Of<ILogger>(), Mock.Of<IOrderTotalCalculationService>(), Mock.Of<IShoppingCartService>())
            .GetDiscountsAsync(Store, []);
        Assert.That(discounts, Is.Empty);
    }
}
