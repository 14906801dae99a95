using AiqLoyalty.Core.Redemption;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Controllers;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Factories;
using Nop.Plugin.Misc.AiqLoyalty.Services.Account;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>
/// The account rewards page's surroundings for its tests: claims and orders in memory, Moq over
/// nopCommerce's services, the real factory, navigation consumer and controller. (A separate class: a
/// fixture with nopCommerce-typed members cannot be loaded while NUnit discovers tests.)
/// </summary>
internal sealed class AccountRewardsWorld
{
    public const int Store = 1;
    public const int OtherStore = 2;

    /// <summary>Hours the shopper's time zone is behind UTC (the factory converts order dates).</summary>
    public const int ShopperUtcOffsetHours = -7;

    public static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    public Customer Customer { get; } = new() { Id = 21, CustomerGuid = Guid.NewGuid() };
    public Customer Other { get; } = new() { Id = 22, CustomerGuid = Guid.NewGuid() };
    public InMemoryTable<AiqRewardClaim> Claims { get; } = InMemoryRepository.ClaimTable();
    public InMemoryTable<Order> Orders { get; } = InMemoryRepository.Table<Order>();
    public AiqLoyaltySettings Settings { get; } = new() { Enabled = true };
    public Mock<ICustomerService> Customers { get; } = new();
    public Mock<ILoyaltyCheckoutService> Checkout { get; } = new();
    public Mock<IAccountRewardsModelFactory> FactoryMock { get; } = new();
    public Mock<IWorkContext> WorkContext { get; } = new();
    public AccountRewardsModelFactory Factory { get; }
    public AccountNavigationConsumer Navigation { get; }

    /// <summary>Whether the current customer is registered (else a guest).</summary>
    public bool Registered { get; set; } = true;

    public AccountRewardsWorld()
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key);
        var dates = new Mock<IDateTimeHelper>();
        dates.Setup(d => d.ConvertToUserTimeAsync(It.IsAny<DateTime>(), DateTimeKind.Utc))
            .ReturnsAsync((DateTime utc, DateTimeKind _) => DateTime.SpecifyKind(utc.AddHours(ShopperUtcOffsetHours), DateTimeKind.Unspecified));
        Factory = new AccountRewardsModelFactory(dates.Object, localization.Object, InMemoryRepository.Over(Claims).Object, InMemoryRepository.Over(Orders).Object);

        Customers.Setup(c => c.IsRegisteredAsync(It.IsAny<Customer>(), It.IsAny<bool>())).ReturnsAsync(() => Registered);
        Checkout.Setup(c => c.GetSettingsAsync(Store)).ReturnsAsync(Settings);
        WorkContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(Customer);
        Navigation = new AccountNavigationConsumer(Customers.Object, localization.Object, Checkout.Object, StoreContext().Object, WorkContext.Object);
    }

    /// <summary>The controller, with the factory mocked (its own tests cover what it prepares).</summary>
    public AiqLoyaltyAccountController Controller()
    {
        var httpContext = new DefaultHttpContext();
        return new AiqLoyaltyAccountController(FactoryMock.Object, Customers.Object, Checkout.Object, StoreContext().Object, WorkContext.Object)
        {
            ControllerContext = new ControllerContext { HttpContext = httpContext },
            MetadataProvider = new EmptyModelMetadataProvider()
        };
    }

    /// <summary>An order placed <paramref name="daysAgo"/> days ago.</summary>
    public Order Order(Customer customer, int daysAgo, int storeId = Store, bool deleted = false) => Orders.Seed(new Order
    {
        CustomerId = customer.Id, StoreId = storeId, Deleted = deleted, OrderGuid = Guid.NewGuid(),
        CreatedOnUtc = Now.AddDays(-daysAgo), CustomOrderNumber = $"N-{Orders.Rows.Count + 101}"
    });

    /// <summary>A claim of <paramref name="customer"/> used by <paramref name="order"/> (or still in a cart when null).</summary>
    public AiqRewardClaim Claim(Customer customer, Order? order, string name, ClaimState state, long points = 50, int storeId = Store, bool refundRequested = false) =>
        Claims.Seed(new AiqRewardClaim
        {
            StoreId = storeId, CustomerId = customer.Id, OrderId = order?.Id, TemplateId = "t-" + name, RewardName = name,
            PointsDeduction = points, StateId = (int)state, RefundRequested = refundRequested, CreatedOnUtc = Now, UpdatedOnUtc = Now
        });

    private Mock<IStoreContext> StoreContext()
    {
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = Store, Name = "Green Leaf" });
        return storeContext;
    }
}
