using AiqLoyalty.Core.Carts;
using Nop.Core.Domain.Gdpr;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.AbandonedCarts;

/// <summary>
/// Who may be contacted: the batch loader with the real consent reader over nopCommerce's newsletter
/// and GDPR tables (in memory), and the sender's "Skipped: no consent" rows.
/// </summary>
[TestFixture]
public class AbandonedCartConsentTests
{
    private static readonly TimeSpan TwoHours = TimeSpan.FromHours(2);
    private const int MarketingConsentId = 4;

    private static async Task<Dictionary<int, AbandonedCartWork>> LoadAsync(CartWorld world, AbandonedCartOptions options)
    {
        var loader = world.CreateLoader();
        var candidates = await loader.SelectAsync(1, options, world.Now, 0);
        return (await loader.LoadAsync(world.Stores[0], candidates, options, world.Now)).ToDictionary(work => work.Candidate.CustomerId);
    }

    /// <summary>
    /// 10 a guest with only a billing phone; 11 a verified AIQ member; 12 subscribed to the newsletter
    /// (in store 1; the in-memory table compares case-sensitively where the databases do not); 13 subscribed in store 2 only; 14 an inactive subscription;
    /// 15 agreed to the GDPR consent; 16 agreed, then withdrew; 17 agreed to another consent.
    /// </summary>
    private static CartWorld World()
    {
        var world = new CartWorld();
        world.Addresses.Seed(new Nop.Core.Domain.Common.Address { Id = 500, PhoneNumber = TestPhones.Cara });
        world.AddCustomer(10, billingAddressId: 500);
        world.AddCustomer(11, email: "member@example.com");
        world.Verifications.Seed(new AiqVerification { StoreId = 1, ScopeKey = "c:11", CustomerId = 11, IdentityKindId = 1,
            IdentityValue = "member@example.com", ContactId = "c_11", VerifiedOnUtc = world.Now.AddDays(-1) });
        world.AddCustomer(12, email: "reader@example.com");
        world.Subscriptions.Seed(new NewsLetterSubscription { Email = "reader@example.com", Active = true, StoreId = 1 });
        world.AddCustomer(13, email: "other-store@example.com");
        world.Subscriptions.Seed(new NewsLetterSubscription { Email = "other-store@example.com", Active = true, StoreId = 2 });
        world.AddCustomer(14, email: "unsubscribed@example.com");
        world.Subscriptions.Seed(new NewsLetterSubscription { Email = "unsubscribed@example.com", Active = false, StoreId = 1 });
        world.AddCustomer(15, email: "agreed@example.com");
        world.GdprLogs.Seed(new GdprLog { CustomerId = 15, ConsentId = MarketingConsentId, RequestTypeId = (int)GdprRequestType.ConsentAgree, CreatedOnUtc = world.Now.AddDays(-3) });
        world.AddCustomer(16, email: "withdrew@example.com");
        world.GdprLogs.Seed(new GdprLog { CustomerId = 16, ConsentId = MarketingConsentId, RequestTypeId = (int)GdprRequestType.ConsentAgree, CreatedOnUtc = world.Now.AddDays(-3) });
        world.GdprLogs.Seed(new GdprLog { CustomerId = 16, ConsentId = MarketingConsentId, RequestTypeId = (int)GdprRequestType.ConsentDisagree, CreatedOnUtc = world.Now.AddDays(-1) });
        world.GdprLogs.Seed(new GdprLog { CustomerId = 16, ConsentId = MarketingConsentId, RequestTypeId = (int)GdprRequestType.ProfileChanged, CreatedOnUtc = world.Now.AddHours(-5) });
        world.AddCustomer(17, email: "elsewhere@example.com");
        world.GdprLogs.Seed(new GdprLog { CustomerId = 17, ConsentId = 9, RequestTypeId = (int)GdprRequestType.ConsentAgree, CreatedOnUtc = world.Now.AddDays(-3) });
        foreach (var id in Enumerable.Range(10, 8))
            world.AddItem(id, 1, TwoHours);
        return world;
    }

    private static IEnumerable<int> Sendable(Dictionary<int, AbandonedCartWork> work) =>
        work.Values.Where(w => w.SkipReason is null).Select(w => w.Candidate.CustomerId).Order();

    [Test]
    public async Task ByDefaultOnlyMembersAndNewsletterSubscribersOfTheStoreAreSent()
    {
        var work = await LoadAsync(World(), new AbandonedCartOptions());

        Assert.Multiple(() =>
        {
            Assert.That(Sendable(work), Is.EqualTo(new[] { 11, 12 }));
            Assert.That(work[10].SkipReason, Is.EqualTo(nameof(CartNotAbandonedReason.NoConsent)), "a guest's unverified billing phone is not consent");
            Assert.That(work[10].Payload, Is.Null);
            Assert.That(work[10].ContactMasked, Does.Not.Contain(TestPhones.Cara), "the log keeps the contact masked");
        });
    }

    [Test]
    public async Task TheGdprConsentCountsByTheCustomersLatestAnswerToTheChosenConsent()
    {
        var work = await LoadAsync(World(), new AbandonedCartOptions { ConsentSource = CartConsentSource.GdprConsent, GdprConsentId = MarketingConsentId });

        Assert.That(Sendable(work), Is.EqualTo(new[] { 11, 15 }));
    }

    [Test]
    public async Task EitherSourceCountsWhenBothAreChosen()
    {
        var work = await LoadAsync(World(), new AbandonedCartOptions { ConsentSource = CartConsentSource.NewsletterOrGdprConsent, GdprConsentId = MarketingConsentId });

        Assert.That(Sendable(work), Is.EqualTo(new[] { 11, 12, 15 }));
    }

    [Test]
    public async Task AGdprSourceWithoutAChosenConsentSendsOnlyMembers()
    {
        var work = await LoadAsync(World(), new AbandonedCartOptions { ConsentSource = CartConsentSource.GdprConsent, GdprConsentId = 0 });

        Assert.That(Sendable(work), Is.EqualTo(new[] { 11 }));
    }

    [Test]
    public async Task EveryoneWithContactSendsEveryCartWithAContact()
    {
        var work = await LoadAsync(World(), new AbandonedCartOptions { Audience = CartAudience.EveryoneWithContact });

        Assert.That(Sendable(work), Is.EqualTo(Enumerable.Range(10, 8)));
    }

    [Test]
    public async Task OnlyTheCartsThatAreSentArePriced()
    {
        var world = World();
        await LoadAsync(world, new AbandonedCartOptions());

        Assert.That(world.PricedCustomers, Has.Count.EqualTo(1), "one pricing call per batch");
        Assert.That(world.PricedCustomers[0], Is.EquivalentTo(new[] { 11, 12 }));
    }

    [Test]
    public async Task ARunLogsSkippedNoConsentRowsAndSendsNothingForThem()
    {
        var world = World();
        world.Settings.AbandonedCartAudienceId = (int)CartAudience.MembersAndConsented;

        var result = await world.CreateService().RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(world.SentCustomerIds(), Is.EqualTo(new[] { 11, 12 }));
            Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.SkippedNoConsent));
            Assert.That(world.RowOf(10).Error, Is.EqualTo("NoConsent"));
            Assert.That(world.RowOf(14).StatusId, Is.EqualTo((int)CartSyncStatus.SkippedNoConsent));
            Assert.That(result.Skipped, Is.EqualTo(6));
        });

        // Not selected again until the cart changes: the next run sends and logs nothing new.
        world.Sent.Clear();
        await world.CreateService().RunAsync();
        Assert.That(world.Sent, Is.Empty);
    }
}
