using AiqLoyalty.Core.Offers;
using Moq;
using Nop.Core.Caching;
using Nop.Core.Configuration;
using Nop.Core.Infrastructure;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Components;
using Nop.Plugin.Misc.AiqLoyalty.Infrastructure;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>Where the rewards box renders.</summary>
[TestFixture]
public class AiqLoyaltyWidgetZonesTests
{
    private const string Cart = "order_summary_content_deals";
    private const string OnePageTop = "opc_content_before";
    private const string OnePageConfirm = "op_checkout_confirm_top";
    private const string MultiStepConfirm = "checkout_confirm_top";

    private static AiqLoyaltySettings Settings(bool cart, bool onePage, bool multiStep) =>
        new() { ShowOnCartPage = cart, ShowOnOnePageCheckout = onePage, ShowOnMultiStepCheckout = multiStep };

    [TestCase(Cart, true, false, false, ExpectedResult = true)]
    [TestCase(Cart, false, true, true, ExpectedResult = false)]
    [TestCase(OnePageTop, false, true, false, ExpectedResult = true)]
    [TestCase(OnePageTop, true, false, true, ExpectedResult = false)]
    [TestCase(OnePageConfirm, false, true, false, ExpectedResult = true)]
    [TestCase(OnePageConfirm, true, false, true, ExpectedResult = false)]
    [TestCase(MultiStepConfirm, false, false, true, ExpectedResult = true)]
    [TestCase(MultiStepConfirm, true, true, false, ExpectedResult = false)]
    [TestCase("ORDER_SUMMARY_CONTENT_DEALS", true, false, false, ExpectedResult = true)]
    [TestCase("productdetails_top", true, true, true, ExpectedResult = false)]
    [TestCase("", true, true, true, ExpectedResult = false)]
    [TestCase(null, true, true, true, ExpectedResult = false)]
    public bool TheBoxShowsOnlyWhereTheMerchantTurnedItOn(string? zone, bool cart, bool onePage, bool multiStep) =>
        AiqLoyaltyWidgetZones.IsShown(zone!, Settings(cart, onePage, multiStep));

    [Test]
    public void SettingsAreRequired() =>
        Assert.Throws<ArgumentNullException>(() => AiqLoyaltyWidgetZones.IsShown(Cart, null!));

    [TestCase(Cart)]
    [TestCase(OnePageTop)]
    [TestCase(OnePageConfirm)]
    [TestCase(MultiStepConfirm)]
    [TestCase("Checkout_Confirm_Top")]
    public void TheFourZonesRenderTheRewardsBox(string zone) =>
        Assert.That(AiqLoyaltyWidgetZones.GetViewComponent(zone), Is.EqualTo(typeof(RewardsBoxViewComponent)));

    [TestCase("productdetails_top")]
    [TestCase("order_summary_content_before")]
    [TestCase("")]
    [TestCase(null)]
    public void OtherZonesRenderNothing(string? zone) =>
        Assert.That(AiqLoyaltyWidgetZones.GetViewComponent(zone!), Is.Null);

    [Test]
    public void AllListsExactlyTheFourZones() =>
        Assert.That(AiqLoyaltyWidgetZones.All, Is.EquivalentTo(new[] { Cart, OnePageTop, OnePageConfirm, MultiStepConfirm }));

    [TestCase(OnePageConfirm, ExpectedResult = true)]
    [TestCase(MultiStepConfirm, ExpectedResult = true)]
    [TestCase(OnePageTop, ExpectedResult = false)]
    [TestCase(Cart, ExpectedResult = false)]
    public bool OnlyConfirmStepsRecheckTheWallet(string zone) => AiqLoyaltyWidgetZones.IsConfirmStep(zone);
}

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

/// <summary>The last wallet, in nopCommerce's cache.</summary>
[TestFixture]
public class WalletSnapshotCacheTests
{
    private Dictionary<string, object> _cache = null!;
    private List<CacheKey> _setKeys = null!;
    private WalletSnapshotCache _wallets = null!;
    private Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = null!;

    [SetUp]
    public void SetUp()
    {
        // CacheKey reads the default cache time from the app settings.
        Singleton<AppSettings>.Instance ??= new AppSettings([new CacheConfig()]);
        _cache = [];
        _setKeys = [];
        var manager = new Mock<IStaticCacheManager>(MockBehavior.Strict);
        manager.Setup(m => m.PrepareKeyForDefaultCache(It.IsAny<CacheKey>(), It.IsAny<object[]>()))
            .Returns((CacheKey key, object[] parameters) => new CacheKey(string.Format(key.Key, parameters)));
        manager.Setup(m => m.GetAsync<string>(It.IsAny<CacheKey>(), It.IsAny<Func<string>>()))
            .Returns((CacheKey key, Func<string> acquire) => Task.FromResult(_cache.TryGetValue(key.Key, out var value) ? (string)value : acquire()));
        manager.Setup(m => m.SetAsync<string>(It.IsAny<CacheKey>(), It.IsAny<string>()))
            .Returns((CacheKey key, string value) =>
            {
                _setKeys.Add(key);
                _cache[key.Key] = value;
                return Task.CompletedTask;
            });
        manager.Setup(m => m.RemoveAsync(It.IsAny<CacheKey>(), It.IsAny<object[]>()))
            .Returns((CacheKey key, object[] parameters) =>
            {
                _cache.Remove(string.Format(key.Key, parameters));
                return Task.CompletedTask;
            });
        _clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        _wallets = new WalletSnapshotCache(manager.Object, _clock);
    }

    [Test]
    public async Task AWalletComesBackWholeForItsStoreAndCustomerOnly()
    {
        var wallet = new WalletView
        {
            ContactId = "c_ann",
            Points = 1200,
            Offers = [CheckoutWorld.TenOff, CheckoutWorld.FifteenPercent with { ExpiresAt = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero) }],
            NotOffered = [new RejectedTemplate("t-store", NotOfferedReason.InStoreOnly)]
        };

        await _wallets.SetAsync(1, 11, wallet, TimeSpan.FromMinutes(30));
        var back = await _wallets.GetAsync(1, 11);

        Assert.That(back, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(back!.ContactId, Is.EqualTo("c_ann"));
            Assert.That(back.Points, Is.EqualTo(1200));
            Assert.That(back.Offers, Is.EqualTo(wallet.Offers));
            Assert.That(back.NotOffered, Is.EqualTo(wallet.NotOffered));
            Assert.That(_setKeys.Single().CacheTime, Is.EqualTo(30));
        });
        Assert.That(await _wallets.GetAsync(1, 12), Is.Null, "another customer");
        Assert.That(await _wallets.GetAsync(2, 11), Is.Null, "another store");
    }

    [TestCase(0.2, 1)]
    [TestCase(1.5, 2)]
    [TestCase(0, 1)]
    public async Task TheLifetimeIsRoundedUpToWholeMinutesAtLeastOne(double minutes, int cacheTime)
    {
        await _wallets.SetAsync(1, 11, new WalletView(), TimeSpan.FromMinutes(minutes));

        Assert.That(_setKeys.Single().CacheTime, Is.EqualTo(cacheTime));
    }

    [Test]
    public async Task AFreshWalletIsOnlyOneReadFromAiqWithinTheMaximumAge()
    {
        await _wallets.SetAsync(1, 11, new WalletView { ContactId = "c_ann" }, TimeSpan.FromMinutes(30));

        _clock.Advance(TimeSpan.FromSeconds(60));
        Assert.That((await _wallets.GetFreshAsync(1, 11, TimeSpan.FromMinutes(1)))?.ContactId, Is.EqualTo("c_ann"), "exactly a minute old");
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await _wallets.GetFreshAsync(1, 11, TimeSpan.FromMinutes(1)), Is.Null, "older than a minute");
        Assert.That((await _wallets.GetAsync(1, 11))?.ContactId, Is.EqualTo("c_ann"), "still there for rendering");
    }

    [Test]
    public async Task ARemovedWalletIsGone()
    {
        await _wallets.SetAsync(1, 11, new WalletView { ContactId = "c_ann" }, TimeSpan.FromMinutes(30));
        await _wallets.SetAsync(1, 12, new WalletView { ContactId = "c_bob" }, TimeSpan.FromMinutes(30));

        await _wallets.RemoveAsync(1, 11);

        Assert.That(await _wallets.GetAsync(1, 11), Is.Null);
        Assert.That((await _wallets.GetAsync(1, 12))?.ContactId, Is.EqualTo("c_bob"));
    }
}
