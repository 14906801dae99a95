using AiqLoyalty.Core.Offers;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Orders;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>
/// A small store for the checkout adapter: the plugin's tables in memory, nopCommerce's discount
/// service over lists (discounts, requirements, usage history), customers' applied coupons, cart
/// subtotals per customer, and the real claim service, discount gateway and order consumer.
/// </summary>
internal sealed class CheckoutWorld
{
    public const int Store = 1;
    public const int OtherStore = 2;
    public const string AnnContact = "c_ann";

    /// <summary>Ann in her usual browser.</summary>
    public Customer Ann { get; } = new() { Id = 11, CustomerGuid = Guid.NewGuid() };

    /// <summary>Ann again, as a guest in another browser (another cart): same AIQ contact, another customer.</summary>
    public Customer AnnElsewhere { get; } = new() { Id = 12, CustomerGuid = Guid.NewGuid() };

    /// <summary>Someone else.</summary>
    public Customer Bob { get; } = new() { Id = 20, CustomerGuid = Guid.NewGuid() };

    public static RewardOffer TenOff { get; } = new()
    {
        TemplateId = "t-10", Name = "$10 off", PointsCost = 300, Kind = RewardKind.FixedAmount, Amount = 10m,
        PosDiscountId = "POS-10", RedemptionUrl = "https://lab.alpineiq.com/api/v2/redeem/secret-10"
    };

    public static RewardOffer FifteenPercent { get; } = new()
    {
        TemplateId = "t-15", Name = "15% off", PointsCost = 200, Kind = RewardKind.Percentage, Percentage = 15m, MaxDiscountAmount = 25m,
        RedemptionUrl = "https://lab.alpineiq.com/api/v2/redeem/secret-15"
    };

    public static RewardOffer FiveOffOverFifty { get; } = new()
    {
        TemplateId = "t-5", Name = "$5 off over $50", PointsCost = 50, Kind = RewardKind.FixedAmount, Amount = 5m, MinimumOrderTotal = 50m,
        RedemptionUrl = "https://lab.alpineiq.com/api/v2/redeem/secret-5"
    };

    public static RewardOffer Bogo { get; } = new()
    {
        TemplateId = "t-bogo", Name = "BOGO pre-rolls", PointsCost = 400, Kind = RewardKind.StoreDiscount, PosDiscountId = "BOGO-1",
        RedemptionUrl = "https://lab.alpineiq.com/api/v2/redeem/secret-bogo"
    };

    /// <summary>Ann's wallet with every reward above.</summary>
    public WalletView Wallet { get; set; } = new()
    {
        ContactId = AnnContact,
        Points = 5000,
        Offers = [TenOff, FifteenPercent, FiveOffOverFifty, Bogo]
    };

    public AiqLoyaltySettings Settings { get; } = new()
    {
        Enabled = true,
        Uid = "1546",
        RedemptionModelId = (int)AiqRedemptionModel.RedeemOnOrder,
        MaxRewardsPerOrder = 3,
        VerifiedLifetimeMinutes = 30,
        AllowStackingWithStoreDiscounts = false
    };

    public InMemoryTable<AiqRewardClaim> Claims { get; } = InMemoryRepository.ClaimTable();
    public InMemoryTable<AiqRewardClaimLock> Locks { get; } = InMemoryRepository.LockTable();

    /// <summary>nopCommerce's discounts by id (stored as copies, like the database).</summary>
    public Dictionary<int, Discount> Discounts { get; } = [];

    /// <summary>Every discount object handed to InsertDiscountAsync, as it was passed.</summary>
    public List<Discount> InsertedDiscounts { get; } = [];

    public List<DiscountRequirement> Requirements { get; } = [];
    public List<DiscountUsageHistory> UsageHistory { get; } = [];

    /// <summary>Coupon codes applied to each customer (nopCommerce keeps them as a customer attribute).</summary>
    public Dictionary<int, List<string>> AppliedCoupons { get; } = [];

    /// <summary>Cart subtotal before discounts, per customer.</summary>
    public Dictionary<int, decimal> Subtotals { get; } = [];

    public Mock<IDiscountService> DiscountService { get; } = new();
    public Mock<ICustomerService> CustomerService { get; } = new();
    public Mock<ISettingService> SettingService { get; } = new();
    public Mock<ILogger> Logger { get; } = new();
    public Mock<IOrderService> OrderService { get; } = new();
    public Mock<ICartSubtotalReader> SubtotalReader { get; } = new();
    public Mock<IProductService> ProductService { get; } = new();
    public Mock<ICategoryService> CategoryService { get; } = new();
    public Mock<IManufacturerService> ManufacturerService { get; } = new();

    /// <summary>The clock of the claim path (starts at the real time: orders and usage history use it).</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Orders by id, as IOrderService returns them.</summary>
    public Dictionary<int, Order> Orders { get; } = [];

    /// <summary>Products a discount applies to (nopCommerce's Discount_AppliedToProducts).</summary>
    public List<DiscountProductMapping> ProductMappings { get; } = [];

    /// <summary>Categories a discount applies to.</summary>
    public List<DiscountCategoryMapping> CategoryMappings { get; } = [];

    /// <summary>Order notes written.</summary>
    public List<OrderNote> Notes { get; } = [];

    public RewardDiscountGateway Gateway { get; }
    public RewardClaimService ClaimService { get; }
    public OrderRewardsConsumer OrderConsumer { get; }

    private int _lastDiscountId = 100;
    private int _lastRequirementId = 700;

    public CheckoutWorld()
    {
        SettingService.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>())).ReturnsAsync(() => Settings);
        SubtotalReader.Setup(r => r.GetSubtotalBeforeDiscountsAsync(It.IsAny<Customer>(), It.IsAny<int>()))
            .ReturnsAsync((Customer customer, int _) => Subtotals.GetValueOrDefault(customer.Id, 100m));

        CustomerService.Setup(c => c.ApplyDiscountCouponCodeAsync(It.IsAny<Customer>(), It.IsAny<string>()))
            .Returns((Customer customer, string code) =>
            {
                var codes = CouponsOf(customer);
                if (!codes.Contains(code, StringComparer.OrdinalIgnoreCase))
                    codes.Add(code);
                return Task.CompletedTask;
            });
        CustomerService.Setup(c => c.RemoveDiscountCouponCodeAsync(It.IsAny<Customer>(), It.IsAny<string>()))
            .Returns((Customer customer, string code) =>
            {
                CouponsOf(customer).RemoveAll(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
                return Task.CompletedTask;
            });
        CustomerService.Setup(c => c.GetCustomerByIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int id) => new[] { Ann, AnnElsewhere, Bob }.FirstOrDefault(c => c.Id == id)!);

        DiscountService.Setup(d => d.InsertDiscountAsync(It.IsAny<Discount>())).Returns((Discount discount) =>
        {
            InsertedDiscounts.Add(discount);
            discount.Id = ++_lastDiscountId;
            Discounts[discount.Id] = Copy.Of(discount);
            return Task.CompletedTask;
        });
        DiscountService.Setup(d => d.UpdateDiscountAsync(It.IsAny<Discount>())).Returns((Discount discount) =>
        {
            if (!Discounts.ContainsKey(discount.Id))
                throw new InvalidOperationException($"discount {discount.Id} does not exist");
            Discounts[discount.Id] = Copy.Of(discount);
            return Task.CompletedTask;
        });
        DiscountService.Setup(d => d.DeleteDiscountAsync(It.IsAny<Discount>())).Returns((Discount discount) =>
        {
            // nopCommerce 4.90 deletes all of the discount's requirements in one statement, then the discount.
            DeleteRequirementRows(Requirements.Where(r => r.DiscountId == discount.Id).ToList());
            Discounts.Remove(discount.Id);
            return Task.CompletedTask;
        });
        DiscountService.Setup(d => d.GetAllDiscountRequirementsAsync(It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync((int discountId, bool topLevelOnly) => (IList<DiscountRequirement>)Requirements
                .Where(r => discountId == 0 || r.DiscountId == discountId)
                .Where(r => !topLevelOnly || !r.ParentId.HasValue)
                .OrderBy(r => r.Id)
                .Select(Copy.Of)
                .ToList());
        DiscountService.Setup(d => d.GetDiscountRequirementsByParentAsync(It.IsAny<DiscountRequirement>()))
            .ReturnsAsync((DiscountRequirement parent) => (IList<DiscountRequirement>)Requirements
                .Where(r => r.ParentId == parent.Id).Select(Copy.Of).ToList());
        DiscountService.Setup(d => d.DeleteDiscountRequirementAsync(It.IsAny<DiscountRequirement>(), It.IsAny<bool>()))
            .Returns((DiscountRequirement requirement, bool recursively) =>
            {
                DeleteRequirement(requirement, recursively);
                return Task.CompletedTask;
            });
        DiscountService.Setup(d => d.GetDiscountByIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int id) => Discounts.TryGetValue(id, out var discount) ? Copy.Of(discount) : null!);
        DiscountService.Setup(d => d.GetAllDiscountsAsync(It.IsAny<DiscountType?>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(),
                It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync((DiscountType? _, string couponCode, string discountName, bool _, DateTime? _, DateTime? _, bool? isActive, int _) =>
                (IList<Discount>)Discounts.Values
                    .Where(d => isActive is null || d.IsActive == isActive)
                    .Where(d => string.IsNullOrEmpty(couponCode) || d.CouponCode == couponCode)
                    .Where(d => string.IsNullOrEmpty(discountName) || d.Name.Contains(discountName, StringComparison.OrdinalIgnoreCase))
                    .Select(Copy.Of)
                    .ToList());
        DiscountService.Setup(d => d.InsertDiscountRequirementAsync(It.IsAny<DiscountRequirement>())).Returns((DiscountRequirement requirement) =>
        {
            requirement.Id = ++_lastRequirementId;
            Requirements.Add(Copy.Of(requirement));
            return Task.CompletedTask;
        });
        DiscountService.Setup(d => d.GetDiscountRequirementByIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int id) => Requirements.Where(r => r.Id == id).Select(Copy.Of).FirstOrDefault()!);
        DiscountService.Setup(d => d.GetAllDiscountUsageHistoryAsync(It.IsAny<int?>(), It.IsAny<int?>(), It.IsAny<int?>(), It.IsAny<bool>(),
                It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync((int? discountId, int? _, int? orderId, bool _, int pageIndex, int pageSize) =>
                (IPagedList<DiscountUsageHistory>)new PagedList<DiscountUsageHistory>(UsageHistory
                    .Where(u => discountId is null || u.DiscountId == discountId)
                    .Where(u => orderId is null || u.OrderId == orderId)
                    .ToList(), pageIndex, pageSize));

        OrderService.Setup(o => o.InsertOrderNoteAsync(It.IsAny<OrderNote>())).Returns((OrderNote note) =>
        {
            Notes.Add(note);
            return Task.CompletedTask;
        });

        ClaimRepository = InMemoryRepository.Over(Claims);
        LockRepository = InMemoryRepository.Over(Locks);
        OrderService.Setup(o => o.GetOrderByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Orders.GetValueOrDefault(id)!);
        DiscountService.Setup(d => d.GetAllDiscountRequirementsAsync(It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync((int discountId, bool topLevelOnly) => (IList<DiscountRequirement>)Requirements
                .Where(r => r.DiscountId == discountId && (!topLevelOnly || r.ParentId is null)).Select(Copy.Of).ToList());
        ProductService.Setup(p => p.GetProductsWithAppliedDiscountAsync(It.IsAny<int?>(), It.IsAny<bool>(), It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync((int? discountId, bool _, int _, int _) => (IPagedList<Product>)new PagedList<Product>(
                ProductMappings.Where(m => m.DiscountId == discountId).Select(m => new Product { Id = m.EntityId }).ToList(), 0, int.MaxValue));
        ProductService.Setup(p => p.InsertDiscountProductMappingAsync(It.IsAny<DiscountProductMapping>()))
            .Returns((DiscountProductMapping mapping) => { ProductMappings.Add(mapping); return Task.CompletedTask; });
        CategoryService.Setup(c => c.GetCategoriesByAppliedDiscountAsync(It.IsAny<int?>(), It.IsAny<bool>(), It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync((int? discountId, bool _, int _, int _) => (IPagedList<Category>)new PagedList<Category>(
                CategoryMappings.Where(m => m.DiscountId == discountId).Select(m => new Category { Id = m.EntityId }).ToList(), 0, int.MaxValue));
        CategoryService.Setup(c => c.InsertDiscountCategoryMappingAsync(It.IsAny<DiscountCategoryMapping>()))
            .Returns((DiscountCategoryMapping mapping) => { CategoryMappings.Add(mapping); return Task.CompletedTask; });
        ManufacturerService.Setup(m => m.GetManufacturersWithAppliedDiscountAsync(It.IsAny<int?>(), It.IsAny<bool>(), It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync((int? _, bool _, int _, int _) => (IPagedList<Manufacturer>)new PagedList<Manufacturer>(new List<Manufacturer>(), 0, int.MaxValue));
        CustomerService.Setup(c => c.ParseAppliedDiscountCouponCodesAsync(It.IsAny<Customer>()))
            .ReturnsAsync((Customer customer) => CouponsOf(customer).ToArray());

        Gateway = new RewardDiscountGateway(CategoryService.Object, DiscountService.Object, ManufacturerService.Object, ProductService.Object, Clock);
        ClaimWriter = InMemoryRepository.ClaimWriter(Claims);
        Transitions = new ClaimTransitions(AttentionNotifier.Object, new ClaimOrderNotes(OrderService.Object, Clock), CustomerService.Object,
            ClaimWriter.Object, LockRepository.Object, Gateway, Clock);
        ClaimService = new RewardClaimService(SubtotalReader.Object, CustomerService.Object, DiscountService.Object, Logger.Object, OrderService.Object,
            ClaimRepository.Object, LockRepository.Object, Transitions, Gateway, SettingService.Object, Clock);
        OrderConsumer = new OrderRewardsConsumer(DiscountService.Object, Logger.Object, OrderService.Object,
            Transitions, ClaimService, SettingService.Object, Clock);
    }

    public Mock<Nop.Data.IRepository<AiqRewardClaim>> ClaimRepository { get; }
    public Mock<IClaimRowWriter> ClaimWriter { get; }
    public Mock<IClaimAttentionNotifier> AttentionNotifier { get; } = new();
    public ClaimTransitions Transitions { get; }
    public Mock<Nop.Data.IRepository<AiqRewardClaimLock>> LockRepository { get; }

    public List<string> CouponsOf(Customer customer)
    {
        if (!AppliedCoupons.TryGetValue(customer.Id, out var codes))
            AppliedCoupons[customer.Id] = codes = [];
        return codes;
    }

    /// <summary>A mapped store discount (e.g. the merchant's BOGO), active, found by its coupon code.</summary>
    public Discount AddStoreDiscount(string couponCode, bool requiresCoupon = true)
    {
        var discount = new Discount
        {
            Id = ++_lastDiscountId,
            Name = "Store " + couponCode,
            DiscountType = DiscountType.AssignedToSkus,
            RequiresCouponCode = requiresCoupon,
            CouponCode = couponCode,
            IsActive = true
        };
        Discounts[discount.Id] = Copy.Of(discount);
        return discount;
    }

    /// <summary>The requirement the plugin wrote for a discount.</summary>
    public DiscountRequirement PluginRequirementOf(int discountId) =>
        Requirements.Single(r => r.DiscountId == discountId && r.DiscountRequirementRuleSystemName == AiqLoyaltyDefaults.SystemName);

    /// <summary>An order placed now by <paramref name="customer"/> that used the discounts given.</summary>
    public Order PlaceOrder(Customer customer, int orderId, params int[] usedDiscountIds)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var discountId in usedDiscountIds)
            UsageHistory.Add(new DiscountUsageHistory { Id = UsageHistory.Count + 1, DiscountId = discountId, OrderId = orderId, CreatedOnUtc = now });
        var order = new Order { Id = orderId, StoreId = Store, CustomerId = customer.Id, OrderGuid = Guid.NewGuid(), CreatedOnUtc = now, OrderStatus = OrderStatus.Pending };
        Orders[orderId] = order;
        return order;
    }

    /// <summary>As nopCommerce's DeleteDiscountRequirementAsync: children first when recursive (each its own statement), then the row.</summary>
    private void DeleteRequirement(DiscountRequirement requirement, bool recursively)
    {
        if (recursively)
        {
            foreach (var child in Requirements.Where(r => r.ParentId == requirement.Id).ToList())
                DeleteRequirement(child, true);
        }

        DeleteRequirementRows([requirement]);
    }

    /// <summary>
    /// One DELETE statement on DiscountRequirement, checked as MySQL/MariaDB (InnoDB) checks it, the
    /// strictest of nopCommerce's databases: the self-referencing ParentId key (no cascade) row by row
    /// in id order, so a row whose child is still there refuses, and the failed statement deletes nothing.
    /// PostgreSQL and SQL Server would check at the end of the statement and accept a group deleted with its child.
    /// </summary>
    private void DeleteRequirementRows(IReadOnlyCollection<DiscountRequirement> rows)
    {
        var remaining = Requirements.ToList();
        foreach (var row in rows.OrderBy(r => r.Id))
        {
            if (remaining.Any(r => r.ParentId == row.Id))
                throw new InvalidOperationException(
                    $"Cannot delete or update a parent row: a foreign key constraint fails (DiscountRequirement {row.Id} is the ParentId of another row)");
            remaining.RemoveAll(r => r.Id == row.Id);
        }

        Requirements.Clear();
        Requirements.AddRange(remaining);
    }
}
