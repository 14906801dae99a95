using AiqLoyalty.Core.Carts;
using Nop.Core.Domain.Common;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.AbandonedCarts;

/// <summary>The batch loader alone: which carts a batch holds and what each cart's work carries.</summary>
[TestFixture]
public class AbandonedCartBatchLoaderTests
{
    private static readonly TimeSpan TwoHours = TimeSpan.FromHours(2);
    private static readonly AbandonedCartOptions Options = new() { Audience = CartAudience.EveryoneWithContact };

    private static async Task<AbandonedCartWork> LoadOneAsync(CartWorld world, int customerId)
    {
        var loader = world.CreateLoader();
        var candidates = await loader.SelectAsync(world.Stores[0].Id, Options, world.Now, 0);
        var candidate = candidates.Single(c => c.CustomerId == customerId);
        return (await loader.LoadAsync(world.Stores[0], [candidate], Options, world.Now)).Single();
    }

    [Test]
    public async Task TheContactIsTheFirstUsableOneOfCustomerBillingAddressAndVerifiedIdentity()
    {
        var world = new CartWorld();
        world.Addresses.Seed(new Address { Id = 500, Email = "Bea@Example.com", PhoneNumber = "12", FirstName = "Bea", LastName = "Bill" });
        var customer = world.AddCustomer(10, email: "not-an-email", billingAddressId: 500);
        customer.FirstName = null;
        customer.LastName = " ";
        await world.Customers.UpdateAsync(customer);
        world.Verifications.Seed(new AiqVerification { Id = 1, StoreId = 1, ScopeKey = "c:10", CustomerId = 10, IdentityKindId = 0,
            IdentityValue = TestPhones.Cara, ContactId = "c_bea", VerifiedOnUtc = world.Now.AddDays(-1) });
        world.AddItem(10, 1, TwoHours);

        var work = await LoadOneAsync(world, 10);

        Assert.Multiple(() =>
        {
            Assert.That(work.SkipReason, Is.Null);
            Assert.That(work.Payload.Customer.Email, Is.EqualTo("bea@example.com"), "the customer's unusable email was not passed over");
            Assert.That(work.Payload.Customer.Phone, Is.EqualTo(TestPhones.Cara), "the verified identity's phone was not used");
            Assert.That(work.Payload.Customer.Name, Is.EqualTo("Bea Bill"));
            Assert.That(work.Payload.Customer.ContactId, Is.EqualTo("c_bea"));
            Assert.That(work.ContactMasked, Is.EqualTo("b***@example.com"));
        });
    }

    [Test]
    public async Task LinesPriceCustomerEnteredProductsByTheLineAndLeaveOutProductsTheCatalogLacks()
    {
        var world = new CartWorld();
        world.Products[5] = new AbandonedCartProduct { Id = 5, Name = "Gift card", Price = 0m, CustomerEntersPrice = true };
        world.AddCustomer(10, email: "a@example.com");
        var giftCard = world.AddItem(10, 5, TwoHours, quantity: 2);
        giftCard.CustomerEnteredPrice = 7.5m;
        await world.Items.UpdateAsync(giftCard);
        world.AddItem(10, 1, TimeSpan.FromHours(3));
        world.AddItem(10, 950, TimeSpan.FromHours(3));   // deleted from the catalog

        var work = await LoadOneAsync(world, 10);

        Assert.Multiple(() =>
        {
            Assert.That(work.Payload.Products.Select(p => (p.Id, p.Price, p.Quantity)), Is.EquivalentTo(new[] { ("5", 7.5m, 2), ("1", 11m, 1) }));
            Assert.That(work.Payload.Totals.Total, Is.EqualTo(26m));
            Assert.That(work.Total, Is.EqualTo(26m));
            Assert.That(work.ItemCount, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task ACartWhoseProductsAreAllGoneIsSkippedAsEmpty()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 950, TwoHours);

        var work = await LoadOneAsync(world, 10);

        Assert.Multiple(() =>
        {
            Assert.That(work.SkipReason, Is.EqualTo(nameof(CartNotAbandonedReason.Empty)));
            Assert.That(work.Payload, Is.Null);
        });
    }

    [Test]
    public async Task TheCartsSyncRowFromAnEarlierChangeIsHandedOn()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TwoHours);
        var earlier = new AiqCartSync { Id = 3, StoreId = 1, CustomerId = 10, StatusId = (int)CartSyncStatus.Sent, Fingerprint = "old",
            CartUpdatedOnUtc = world.Now.AddDays(-1) };
        world.Syncs.Seed(earlier);
        world.Syncs.Seed(new AiqCartSync { Id = 4, StoreId = 2, CustomerId = 10, StatusId = (int)CartSyncStatus.Sent });

        var work = await LoadOneAsync(world, 10);

        Assert.That(work.Existing?.Id, Is.EqualTo(earlier.Id));
        Assert.That(work.Existing?.Fingerprint, Is.EqualTo("old"));
    }

    [Test]
    public async Task BatchesFollowOnFromTheLastCustomerOfThePreviousOne()
    {
        var world = new CartWorld();
        foreach (var id in new[] { 12, 10, 11 })
        {
            world.AddCustomer(id, email: $"c{id}@example.com");
            world.AddItem(id, 1, TwoHours);
        }

        var loader = world.CreateLoader();
        var first = await loader.SelectAsync(1, Options, world.Now, 0);
        var next = await loader.SelectAsync(1, Options, world.Now, 10);

        Assert.Multiple(() =>
        {
            Assert.That(first.Select(c => c.CustomerId), Is.EqualTo(new[] { 10, 11, 12 }));
            Assert.That(next.Select(c => c.CustomerId), Is.EqualTo(new[] { 11, 12 }));
            Assert.That(first.Select(c => c.LastChangeUtc), Is.All.EqualTo(world.Now - TwoHours));
        });
    }

    [Test]
    public async Task ThePayloadCarriesNopCommercesDiscountsPerLineAndOnTheSubtotalAndTheMappedAiqStoreId()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        var flower = world.AddItem(10, 1, TwoHours, quantity: 2);   // 11.00 each
        world.AddItem(10, 2, TwoHours);                             // 12.00
        world.Discounts[10] = new AbandonedCartDiscounts(new Dictionary<int, decimal> { [flower.Id] = 4m }, 3.5m);

        var loader = world.CreateLoader();
        var options = new AbandonedCartOptions { Audience = CartAudience.EveryoneWithContact, AiqStoreId = 4021 };
        var candidates = await loader.SelectAsync(1, options, world.Now, 0);
        var work = (await loader.LoadAsync(world.Stores[0], candidates, options, world.Now)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(work.Payload.Totals.Subtotal, Is.EqualTo(34m));
            Assert.That(work.Payload.Totals.Discounts, Is.EqualTo(7.5m), "line discounts plus the subtotal discount, not 0");
            Assert.That(work.Payload.Totals.Total, Is.EqualTo(26.5m));
            Assert.That(work.Total, Is.EqualTo(26.5m), "the sync log shows what the shopper would pay");
            Assert.That(work.Payload.Products.Single(p => p.Id == "1").Discount, Is.EqualTo(4m));
            Assert.That(work.Payload.Products.Single(p => p.Id == "2").Discount, Is.Null);
            Assert.That(work.Payload.Store.Id, Is.EqualTo(4021));
        });
    }

    [Test]
    public async Task WithoutAMappedStoreIdOrDiscountsThePayloadLeavesThemOut()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TwoHours);

        var work = await LoadOneAsync(world, 10);

        Assert.Multiple(() =>
        {
            Assert.That(work.Payload.Store.Id, Is.Null);
            Assert.That(work.Payload.Totals.Discounts, Is.Zero);
            Assert.That(work.Payload.Totals.Total, Is.EqualTo(11m));
        });
    }

    [Test]
    public void TheStoresSettingsBecomeTheCoreOptionsWithUnknownValuesReadAsThePrivacyPreservingOnes()
    {
        var options = AiqLoyaltySettingLimits.CartOptions(new AiqLoyaltySettings
        {
            AbandonedCartIdleMinutes = 60, AbandonedCartMaxAgeDays = 7, AbandonedCartAudienceId = 5, AbandonedCartConsentSourceId = 8,
            AbandonedCartGdprConsentId = -2, AiqStoreId = 0
        });
        var mapped = AiqLoyaltySettingLimits.CartOptions(new AiqLoyaltySettings
        {
            AbandonedCartIdleMinutes = 60, AbandonedCartMaxAgeDays = 7, AbandonedCartAudienceId = 1, AbandonedCartConsentSourceId = 2,
            AbandonedCartGdprConsentId = 4, AiqStoreId = 77
        });

        Assert.Multiple(() =>
        {
            Assert.That(options.Audience, Is.EqualTo(CartAudience.MembersAndConsented));
            Assert.That(options.ConsentSource, Is.EqualTo(CartConsentSource.Newsletter));
            Assert.That(options.GdprConsentId, Is.Zero);
            Assert.That(options.AiqStoreId, Is.Null);
            Assert.That(mapped.Audience, Is.EqualTo(CartAudience.EveryoneWithContact));
            Assert.That(mapped.ConsentSource, Is.EqualTo(CartConsentSource.NewsletterOrGdprConsent));
            Assert.That(mapped.GdprConsentId, Is.EqualTo(4));
            Assert.That(mapped.AiqStoreId, Is.EqualTo(77));
        });
    }
}
