using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Carts.Wire;
using AiqLoyalty.Core.Client;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Gdpr;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>
/// A small nopCommerce world for the abandoned-cart sync: tables in memory behind mocked repositories,
/// two stores, a product catalog, a fake clock and an AIQ client that records what it was sent. Every
/// part it creates works on the same tables, so tests can mix them.
/// </summary>
internal sealed class CartWorld
{
    public static readonly DateTime Start = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    public InMemoryTable<ShoppingCartItem> Items { get; } = InMemoryRepository.Table<ShoppingCartItem>();
    public InMemoryTable<Customer> Customers { get; } = InMemoryRepository.Table<Customer>();
    public InMemoryTable<Address> Addresses { get; } = InMemoryRepository.Table<Address>();
    public InMemoryTable<Order> Orders { get; } = InMemoryRepository.Table<Order>();
    public InMemoryTable<AiqVerification> Verifications { get; } = InMemoryRepository.VerificationTable();
    public InMemoryTable<AiqCartSync> Syncs { get; } = InMemoryRepository.CartSyncTable();
    public InMemoryTable<GdprLog> GdprLogs { get; } = InMemoryRepository.Table<GdprLog>();
    public InMemoryTable<NewsLetterSubscription> Subscriptions { get; } = InMemoryRepository.Table<NewsLetterSubscription>();

    /// <summary>What nopCommerce's pricing says each customer's cart is discounted by (none when missing).</summary>
    public Dictionary<int, AbandonedCartDiscounts> Discounts { get; } = [];

    /// <summary>The customers whose discounts the loader asked for, per call.</summary>
    public List<IReadOnlyCollection<int>> PricedCustomers { get; } = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(Start));
    public ShoppingCartSettings CartSettings { get; } = new();
    public AiqLoyaltySettings Settings { get; } = new()
    {
        Enabled = true,
        AbandonedCartEnabled = true,
        // The sync's mechanics are tested for every cart with a contact; the consent rule has its own tests.
        AbandonedCartAudienceId = (int)CartAudience.EveryoneWithContact,
        AbandonedCartIdleMinutes = 60,
        AbandonedCartMaxAgeDays = 7,
        SyncLogRetentionDays = 90
    };

    /// <summary>Settings of one store where they differ from <see cref="Settings"/>.</summary>
    public Dictionary<int, AiqLoyaltySettings> StoreSettings { get; } = [];

    public List<Store> Stores { get; } =
    [
        new() { Id = 1, Name = "Main St", Url = "http://shop.example/" },
        new() { Id = 2, Name = "Downtown", Url = "http://downtown.example/" }
    ];

    /// <summary>Every payload the client was asked to send, in order.</summary>
    public List<CartPayload> Sent { get; } = [];

    /// <summary>Answers of the client, by call number (1-based); default success.</summary>
    public Func<int, CartPayload, AiqResult> Answer { get; set; } = (_, _) => AiqResult.Ok();

    /// <summary>Runs inside each send, before the answer (to look at the rows mid-send).</summary>
    public Action<CartPayload> DuringSend { get; set; } = _ => { };

    public Mock<IAiqClient> Client { get; } = new();

    /// <summary>Catalog facts that differ from the made-up default of a product id (price 10 + id, and so on).</summary>
    public Dictionary<int, AbandonedCartProduct> Products { get; } = [];

    private int _calls;

    public CartWorld()
    {
        Client.Setup(c => c.SendAbandonedCartAsync(It.IsAny<object>(), It.IsAny<CancellationToken>()))
            .Returns((object payload, CancellationToken _) =>
            {
                var cart = (CartPayload)payload;
                DuringSend(cart);
                int call;
                lock (Sent)
                {
                    Sent.Add(cart);
                    call = ++_calls;
                }

                return Task.FromResult(Answer(call, cart));
            });
    }

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>The run over stores, composed of the parts below as the plugin's DI registrar composes them.</summary>
    /// <param name="client">The client for every store (default: the recording <see cref="Client"/>).</param>
    /// <param name="clientForStore">The client per store id, when stores differ; may throw.</param>
    public AbandonedCartSyncService CreateService(IAiqClient? client = null, Func<int, IAiqClient>? clientForStore = null)
    {
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>()))
            .ReturnsAsync((int storeId) => StoreSettings.GetValueOrDefault(storeId, Settings));
        var storeService = new Mock<IStoreService>();
        storeService.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(() => Stores);
        storeService.Setup(s => s.GetStoreByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Stores.FirstOrDefault(store => store.Id == id)!);
        var clientProvider = new Mock<IAiqClientProvider>();
        clientForStore ??= _ => client ?? Client.Object;
        clientProvider.Setup(p => p.GetClientAsync(It.IsAny<int>())).Returns((int storeId) => Task.FromResult(clientForStore(storeId)));

        return new AbandonedCartSyncService(CreateStoreSync(), CreateSyncLog(), clientProvider.Object, Mock.Of<ILogger>(),
            settingService.Object, storeService.Object, Clock);
    }

    /// <summary>One store's run over the world's tables.</summary>
    public AbandonedCartStoreSync CreateStoreSync() =>
        new(CreateLoader(), CreateSender(), CreateSyncLog(), Mock.Of<ILogger>(), Clock);

    /// <summary>The batch loader over the world's tables and a catalog of products 1-899 (900 and up do not exist).</summary>
    public AbandonedCartBatchLoader CreateLoader()
    {
        var catalog = new Mock<IAbandonedCartCatalog>();
        catalog.Setup(c => c.GetProductsAsync(It.IsAny<IReadOnlyCollection<int>>(), It.IsAny<Store>()))
            .ReturnsAsync((IReadOnlyCollection<int> ids, Store _) => ids.Where(id => id < 900).ToDictionary(id => id, id => Products.TryGetValue(id, out var product)
                ? product
                : new AbandonedCartProduct
                {
                    Id = id,
                    Name = $"Product {id}",
                    Sku = $"SKU-{id}",
                    Price = 10m + id,
                    ImageUrl = $"http://shop.example/images/{id}.jpg",
                    Category = "Flower"
                }) as IReadOnlyDictionary<int, AbandonedCartProduct>);

        var pricing = new Mock<IAbandonedCartPricing>();
        pricing.Setup(p => p.GetDiscountsAsync(It.IsAny<Store>(), It.IsAny<IReadOnlyCollection<int>>()))
            .ReturnsAsync((Store _, IReadOnlyCollection<int> ids) =>
            {
                PricedCustomers.Add(ids.ToList());
                return ids.Where(Discounts.ContainsKey).ToDictionary(id => id, id => Discounts[id]);
            });
        var consentReader = new AbandonedCartConsentReader(InMemoryRepository.Over(GdprLogs).Object, InMemoryRepository.Over(Subscriptions).Object);

        return new AbandonedCartBatchLoader(catalog.Object, consentReader, pricing.Object, InMemoryRepository.Over(Addresses).Object, InMemoryRepository.Over(Syncs).Object,
            InMemoryRepository.Over(Verifications).Object, InMemoryRepository.Over(Customers).Object, InMemoryRepository.Over(Orders).Object,
            InMemoryRepository.Over(Items).Object, CartSettings);
    }

    /// <summary>The sender over the world's sync rows.</summary>
    public AbandonedCartSender CreateSender() => new(InMemoryRepository.Over(Syncs).Object, InMemoryRepository.CartSyncWriter(Syncs).Object, Clock);

    /// <summary>The sync log over the world's sync rows and orders.</summary>
    public AbandonedCartSyncLog CreateSyncLog() => new(InMemoryRepository.Over(Syncs).Object, InMemoryRepository.Over(Orders).Object, CartSettings, Clock);

    public Customer AddCustomer(int id, string? email = null, string? phone = null, int? billingAddressId = null, bool deleted = false)
    {
        var customer = new Customer { Id = id, Email = email, Phone = phone, FirstName = "Ann", LastName = "Lee", BillingAddressId = billingAddressId, Deleted = deleted };
        return Customers.Seed(customer);
    }

    public ShoppingCartItem AddItem(int customerId, int productId, TimeSpan age, int quantity = 1, int storeId = 1,
        ShoppingCartType type = ShoppingCartType.ShoppingCart)
    {
        var item = new ShoppingCartItem
        {
            CustomerId = customerId,
            ProductId = productId,
            StoreId = storeId,
            ShoppingCartTypeId = (int)type,
            Quantity = quantity,
            CreatedOnUtc = Now - age,
            UpdatedOnUtc = Now - age
        };
        return Items.Seed(item);
    }

    public void AddOrder(int customerId, DateTime createdOnUtc, int storeId = 1) =>
        Orders.Seed(new Order { CustomerId = customerId, StoreId = storeId, CreatedOnUtc = createdOnUtc });

    public AiqCartSync RowOf(int customerId, int storeId = 1) => Syncs.Rows.Single(row => row.CustomerId == customerId && row.StoreId == storeId);

    public List<int> SentCustomerIds() => Sent.Select(cart => int.Parse(cart.CartId.Split('-')[2])).OrderBy(id => id).ToList();
}
