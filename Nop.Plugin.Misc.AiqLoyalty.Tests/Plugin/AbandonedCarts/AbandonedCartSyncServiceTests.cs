using AiqLoyalty.Core.Client;
using Moq;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.AbandonedCarts;

/// <summary>
/// The abandoned-cart sync end to end through its entry points (the run over stores, one store's run,
/// the sync log and the order-placed consumer), over mocked repositories and a recording AIQ client.
/// </summary>
[TestFixture]
public class AbandonedCartSyncServiceTests
{
    private static readonly TimeSpan TwoHours = TimeSpan.FromHours(2);

    [Test]
    public async Task AnIdleCartWithAnEmailIsSentOnceWithTheCoreMappedPayload()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "Ann@Example.com");
        world.AddItem(10, 1, TwoHours, quantity: 2);
        world.AddItem(10, 2, TimeSpan.FromHours(3));

        var result = await world.CreateService().RunAsync();

        Assert.That(world.Sent, Has.Count.EqualTo(1));
        var cart = world.Sent[0];
        var row = world.RowOf(10);
        Assert.Multiple(() =>
        {
            Assert.That(result.Sent, Is.EqualTo(1));
            Assert.That(cart.CartId, Is.EqualTo("nop-1-10"));
            Assert.That(cart.Status, Is.EqualTo("Abandoned"));
            Assert.That(cart.CartUrl, Is.EqualTo("http://shop.example/cart"));
            Assert.That(cart.Customer.Email, Is.EqualTo("ann@example.com"));
            Assert.That(cart.Customer.Name, Is.EqualTo("Ann Lee"));
            Assert.That(cart.Products.Select(p => (p.Id, p.Quantity, p.Price)), Is.EquivalentTo(new[] { ("1", 2, 11m), ("2", 1, 12m) }));
            Assert.That(cart.Products[0].Image, Does.StartWith("http://shop.example/images/"));
            Assert.That(cart.Totals.Total, Is.EqualTo(34m));
            Assert.That(cart.Updated, Is.EqualTo(new DateTimeOffset(world.Now - TwoHours).ToUnixTimeSeconds()));
            Assert.That(cart.Created, Is.EqualTo(new DateTimeOffset(world.Now - TimeSpan.FromHours(3)).ToUnixTimeSeconds()));
            Assert.That(cart.Store.Name, Is.EqualTo("Main St"));
            Assert.That(row.StatusId, Is.EqualTo((int)CartSyncStatus.Sent));
            Assert.That(row.Attempts, Is.EqualTo(1));
            Assert.That(row.ItemCount, Is.EqualTo(3));
            Assert.That(row.CartTotal, Is.EqualTo(34m));
            Assert.That(row.ContactMasked, Is.EqualTo("a***@example.com"));
            Assert.That(row.Fingerprint, Has.Length.EqualTo(64));
            Assert.That(row.CartUpdatedOnUtc, Is.EqualTo(world.Now - TwoHours));
            Assert.That(row.SentOnUtc, Is.EqualTo(world.Now));
        });
    }

    [Test]
    public async Task SelectionFollowsTheAbandonmentRules()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");                 // idle 2 h: sent
        world.AddItem(10, 1, TwoHours);
        world.AddCustomer(11, email: "b@example.com");                 // idle 30 min: too recent
        world.AddItem(11, 1, TimeSpan.FromMinutes(30));
        world.AddCustomer(12, email: "c@example.com");                 // idle 8 days: too old
        world.AddItem(12, 1, TimeSpan.FromDays(8));
        world.AddCustomer(13, email: "d@example.com");                 // wishlist only
        world.AddItem(13, 1, TwoHours, type: ShoppingCartType.Wishlist);
        world.AddCustomer(14);                                         // no contact anywhere
        world.AddItem(14, 1, TwoHours);
        world.Addresses.Add(new Address { Id = 500, PhoneNumber = "(212) 555-0123" });
        world.AddCustomer(15, billingAddressId: 500);                  // billing address phone: sent
        world.AddItem(15, 1, TwoHours);
        world.AddCustomer(16);                                         // verified loyalty identity: sent
        world.AddItem(16, 1, TwoHours);
        world.Verifications.Add(new AiqVerification { Id = 1, StoreId = 1, ScopeKey = "c:16", CustomerId = 16, IdentityKindId = 0, IdentityValue = TestPhones.Cara, ContactId = "c_cara", VerifiedOnUtc = world.Now.AddDays(-1) });
        world.AddCustomer(17);                                         // identity never verified
        world.AddItem(17, 1, TwoHours);
        world.Verifications.Add(new AiqVerification { Id = 2, StoreId = 1, ScopeKey = "c:17", CustomerId = 17, IdentityKindId = 0, IdentityValue = TestPhones.Dan });
        world.AddCustomer(18, email: "e@example.com");                 // ordered after the last change
        world.AddItem(18, 1, TwoHours);
        world.AddOrder(18, world.Now.AddMinutes(-90));
        world.AddCustomer(19, email: "f@example.com");                 // ordered before the last change: sent
        world.AddItem(19, 1, TwoHours);
        world.AddOrder(19, world.Now.AddHours(-5));
        world.AddCustomer(20, email: "g@example.com", deleted: true);  // deleted customer
        world.AddItem(20, 1, TwoHours);
        world.AddCustomer(21, email: "h@example.com");                 // cart in the other store: sent by store 2
        world.AddItem(21, 1, TwoHours, storeId: 2);
        world.AddCustomer(22, email: "i@example.com");                 // newest item only 10 min old
        world.AddItem(22, 1, TwoHours);
        world.AddItem(22, 2, TimeSpan.FromMinutes(10));

        var storeSync = world.CreateStoreSync();
        var store1 = await storeSync.SyncStoreAsync(world.Stores[0], world.Settings, world.Client.Object, world.Now.AddMinutes(1));

        Assert.That(world.SentCustomerIds(), Is.EqualTo(new[] { 10, 15, 16, 19 }));
        Assert.That(store1.Selected, Is.EqualTo(4));
        Assert.Multiple(() =>
        {
            Assert.That(world.Sent.Single(c => c.CartId == "nop-1-15").Customer.Phone, Is.EqualTo(TestPhones.OtherUs));
            Assert.That(world.Sent.Single(c => c.CartId == "nop-1-16").Customer.Phone, Is.EqualTo(TestPhones.Cara));
            Assert.That(world.Sent.Single(c => c.CartId == "nop-1-16").Customer.ContactId, Is.EqualTo("c_cara"));
        });

        world.Sent.Clear();
        await storeSync.SyncStoreAsync(world.Stores[1], world.Settings, world.Client.Object, world.Now.AddMinutes(1));
        Assert.That(world.SentCustomerIds(), Is.EqualTo(new[] { 21 }));
    }

    [Test]
    public async Task TheRowIsWrittenAsSendingBeforeTheSend()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TwoHours);
        AiqCartSync? seen = null;
        world.DuringSend = _ => seen = world.Syncs.SingleOrDefault(row => row.CustomerId == 10) is { } row
            ? new AiqCartSync { StatusId = row.StatusId, Attempts = row.Attempts, Fingerprint = row.Fingerprint, CartUpdatedOnUtc = row.CartUpdatedOnUtc }
            : null;

        await world.CreateService().RunAsync();

        Assert.That(seen, Is.Not.Null, "no row existed while the cart was being sent");
        Assert.Multiple(() =>
        {
            Assert.That(seen!.StatusId, Is.EqualTo((int)CartSyncStatus.Sending));
            Assert.That(seen.Attempts, Is.EqualTo(1));
            Assert.That(seen.Fingerprint, Is.EqualTo(world.RowOf(10).Fingerprint));
            Assert.That(seen.CartUpdatedOnUtc, Is.EqualTo(world.Now - TwoHours));
            Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Sent));
        });
    }

    [Test]
    public async Task AnUnchangedCartIsNotSentAgainAndAChangedOneIs()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        var item = world.AddItem(10, 1, TwoHours);
        var service = world.CreateService();

        await service.RunAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(15));
        var second = await service.RunAsync();
        Assert.That(world.Sent, Has.Count.EqualTo(1), "second run resent an unchanged cart");
        Assert.That(second.Selected, Is.EqualTo(0));
        var firstFingerprint = world.RowOf(10).Fingerprint;

        // Touched (UpdatedOnUtc moves) but same content: selected, recognised, not sent.
        item.UpdatedOnUtc = world.Now;
        world.Clock.Advance(TwoHours);
        var touched = await service.RunAsync();
        Assert.That(world.Sent, Has.Count.EqualTo(1), "same content was sent again");
        Assert.That(touched.Unchanged, Is.EqualTo(1));
        Assert.That(world.RowOf(10).CartUpdatedOnUtc, Is.EqualTo(item.UpdatedOnUtc));
        Assert.That((await service.RunAsync()).Selected, Is.EqualTo(0), "the touched change was not remembered");

        // Content changed: sent again with a new fingerprint.
        item.Quantity = 3;
        item.UpdatedOnUtc = world.Now;
        world.Clock.Advance(TwoHours);
        var changed = await service.RunAsync();
        Assert.Multiple(() =>
        {
            Assert.That(changed.Sent, Is.EqualTo(1));
            Assert.That(world.Sent, Has.Count.EqualTo(2));
            Assert.That(world.Sent[1].Products.Single().Quantity, Is.EqualTo(3));
            Assert.That(world.RowOf(10).Fingerprint, Is.Not.EqualTo(firstFingerprint));
            Assert.That(world.RowOf(10).Attempts, Is.EqualTo(1), "attempts restart for new content");
            Assert.That(world.Syncs, Has.Count.EqualTo(1), "one row per cart");
        });
    }

    [Test]
    public async Task A429LeavesRetryingWithRetryAfterStopsTheRunAndPausesTheStore()
    {
        var world = new CartWorld();
        for (var id = 10; id < 30; id++)
        {
            world.AddCustomer(id, email: $"c{id}@example.com");
            world.AddItem(id, 1, TwoHours);
        }

        var retryAfter = TimeSpan.FromSeconds(90);
        world.Answer = (_, _) => AiqResult.Fail(new AiqError(AiqErrorKind.RateLimited, "Too many requests", 429, retryAfter));
        var service = world.CreateService();

        var result = await service.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Stopped, Is.True);
            Assert.That(result.StopReason, Is.EqualTo("RateLimited"));
            Assert.That(world.Sent, Has.Count.InRange(1, AbandonedCartDefaults.MaxConcurrentSends), "the run went on after a 429");
            var limited = world.Syncs.Where(row => row.HttpStatus == 429).ToList();
            Assert.That(limited, Has.Count.EqualTo(world.Sent.Count), "every send that got a 429 has its row");
            Assert.That(limited.Select(row => row.StatusId), Is.All.EqualTo((int)CartSyncStatus.Retrying));
            Assert.That(limited.Select(row => row.NextAttemptOnUtc), Is.All.EqualTo(world.Now + retryAfter));
            // Rows written before the stop but never sent are due again and count no attempt.
            var notSent = world.Syncs.Except(limited).ToList();
            Assert.That(notSent.Select(row => row.StatusId), Is.All.EqualTo((int)CartSyncStatus.Retrying));
            Assert.That(notSent.Select(row => row.Attempts), Is.All.EqualTo(0));
            Assert.That(world.Syncs.Count(row => row.StatusId == (int)CartSyncStatus.Sending), Is.EqualTo(0));
        });

        // Inside Retry-After: nothing goes out for the store.
        var sentBefore = world.Sent.Count;
        world.Answer = (_, _) => AiqResult.Ok();
        world.Clock.Advance(TimeSpan.FromSeconds(60));
        var paused = await service.RunAsync();
        Assert.That(world.Sent, Has.Count.EqualTo(sentBefore));
        Assert.That(paused.StopReason, Is.EqualTo("RateLimited"));

        // After it: every cart is sent, the limited ones included, once.
        world.Clock.Advance(TimeSpan.FromSeconds(31));
        var resumed = await service.RunAsync();
        Assert.That(resumed.Sent, Is.EqualTo(20));
        Assert.That(world.Syncs.Select(row => row.StatusId), Is.All.EqualTo((int)CartSyncStatus.Sent));
    }

    [Test]
    public async Task A5xxLeavesRetryingWithBackoffAndIsSentWhenDue()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TwoHours);
        world.Answer = (call, _) => call == 1 ? AiqResult.Fail(new AiqError(AiqErrorKind.Unavailable, "Service unavailable", 503)) : AiqResult.Ok();
        var service = world.CreateService();

        var first = await service.RunAsync();
        var row = world.RowOf(10);
        Assert.Multiple(() =>
        {
            Assert.That(first.Retrying, Is.EqualTo(1));
            Assert.That(first.Stopped, Is.False, "a 5xx does not stop the run");
            Assert.That(row.StatusId, Is.EqualTo((int)CartSyncStatus.Retrying));
            Assert.That(row.HttpStatus, Is.EqualTo(503));
            Assert.That(row.Error, Does.Contain("Service unavailable"));
            Assert.That(row.NextAttemptOnUtc, Is.GreaterThanOrEqualTo(world.Now).And.LessThanOrEqualTo(world.Now + AbandonedCartDefaults.Backoff.BaseDelay));
        });

        // Not yet due when the next attempt is in the future.
        row.NextAttemptOnUtc = world.Now.AddMinutes(1);
        Assert.That((await service.RunAsync()).Selected, Is.EqualTo(0));

        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var second = await service.RunAsync();
        Assert.Multiple(() =>
        {
            Assert.That(second.Sent, Is.EqualTo(1));
            Assert.That(world.Sent, Has.Count.EqualTo(2));
            Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Sent));
            Assert.That(world.RowOf(10).Attempts, Is.EqualTo(2));
            Assert.That(world.RowOf(10).Error, Is.Null);
        });
    }

    [Test]
    public async Task APermanentRefusalFailsUntilTheMerchantRetries()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TwoHours);
        world.Answer = (call, _) => call == 1 ? AiqResult.Fail(new AiqError(AiqErrorKind.Rejected, "Bad cart", 400)) : AiqResult.Ok();
        var service = world.CreateService();

        await service.RunAsync();
        Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Failed));
        world.Clock.Advance(TimeSpan.FromHours(1));
        await service.RunAsync();
        Assert.That(world.Sent, Has.Count.EqualTo(1), "a failed cart was retried without the merchant");

        Assert.That(await world.CreateSyncLog().RetryAsync([world.RowOf(10).Id]), Is.EqualTo(1));
        Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Retrying));
        await service.RunAsync();
        Assert.That(world.Sent, Has.Count.EqualTo(2));
        Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Sent));
    }

    [Test]
    public async Task ACrashMidSendIsResentOnlyOnceTheSendingRowIsStale()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TwoHours);
        world.Syncs.Add(new AiqCartSync { Id = 1, StoreId = 1, CustomerId = 10, StatusId = (int)CartSyncStatus.Sending, Attempts = 1,
            CartUpdatedOnUtc = world.Now - TwoHours, CreatedOnUtc = world.Now.AddMinutes(-1), UpdatedOnUtc = world.Now.AddMinutes(-1) });
        var service = world.CreateService();

        await service.RunAsync();
        Assert.That(world.Sent, Is.Empty, "a send possibly still in flight was duplicated");

        world.Clock.Advance(AbandonedCartDefaults.StaleSendingAfter);
        await service.RunAsync();
        Assert.That(world.Sent, Has.Count.EqualTo(1));
        Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Sent));
        Assert.That(world.Syncs, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AnOrderAfterTheSendMarksTheCartRecovered()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TwoHours);
        world.AddCustomer(11, email: "b@example.com");
        world.AddItem(11, 1, TwoHours);
        var service = world.CreateService();
        await service.RunAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(30));

        // The event consumer marks customer 10's cart.
        var order = new Order { Id = 1, CustomerId = 10, StoreId = 1, CreatedOnUtc = world.Now };
        world.Orders.Add(order);
        await new AbandonedCartOrderPlacedConsumer(world.CreateSyncLog(), Mock.Of<ILogger>()).HandleEventAsync(new OrderPlacedEvent(order));
        Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Recovered));
        Assert.That(world.RowOf(11).StatusId, Is.EqualTo((int)CartSyncStatus.Sent));

        // An order whose event was missed is found by the next run's sweep.
        world.AddOrder(11, world.Now);
        var run = await service.RunAsync();
        Assert.That(run.Recovered, Is.EqualTo(1));
        Assert.That(world.RowOf(11).StatusId, Is.EqualTo((int)CartSyncStatus.Recovered));
        Assert.That(world.Sent, Has.Count.EqualTo(2), "a recovered cart was sent again");
    }

    [Test]
    public async Task SharedCartsBelongToTheStoreOfTheirNewestItem()
    {
        var world = new CartWorld();
        world.CartSettings.CartsSharedBetweenStores = true;
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TimeSpan.FromHours(3), storeId: 1);
        world.AddItem(10, 2, TwoHours, storeId: 2);

        await world.CreateService().RunAsync();

        Assert.That(world.Sent.Select(cart => cart.CartId), Is.EqualTo(new[] { "nop-2-10" }), "the cart went out from the wrong store or twice");
        Assert.That(world.Sent[0].Products.Select(p => p.Id), Is.EquivalentTo(new[] { "1", "2" }));
    }

    [Test]
    public async Task ACartWhoseContactIsUnusableIsSkippedWithTheReason()
    {
        var world = new CartWorld();
        world.AddCustomer(10, phone: "123");   // a phone on record, but not one AIQ can text
        world.AddItem(10, 1, TwoHours);

        var result = await world.CreateService().RunAsync();

        Assert.That(world.Sent, Is.Empty);
        Assert.That(result.Skipped, Is.EqualTo(1));
        Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Skipped));
        Assert.That(world.RowOf(10).Error, Is.EqualTo("NoContact"));
    }

    [Test]
    public async Task StoresWithTheFeatureOffAreLeftAloneAndOldRowsArePurged()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TwoHours);
        world.Syncs.Add(new AiqCartSync { Id = 7, StoreId = 1, CustomerId = 99, StatusId = (int)CartSyncStatus.Sent, UpdatedOnUtc = world.Now.AddDays(-91) });
        world.Settings.AbandonedCartEnabled = false;
        var service = world.CreateService();

        await service.RunAsync();
        Assert.That(world.Sent, Is.Empty);

        Assert.That(await service.PurgeAsync(), Is.EqualTo(1));
        Assert.That(world.Syncs, Is.Empty);
    }

    [Test]
    public async Task ARunStopsStartingSendsAtItsDeadline()
    {
        var world = new CartWorld();
        for (var id = 10; id < 20; id++)
        {
            world.AddCustomer(id, email: $"c{id}@example.com");
            world.AddItem(id, 1, TwoHours);
        }

        // Every send takes 30 s of the fake clock; the deadline is 60 s away.
        world.DuringSend = _ => world.Clock.Advance(TimeSpan.FromSeconds(30));
        var result = await world.CreateStoreSync().SyncStoreAsync(world.Stores[0], world.Settings, world.Client.Object, world.Now.AddSeconds(60));

        Assert.That(result.StopReason, Is.EqualTo("RunBudget"));
        Assert.That(world.Sent.Count, Is.LessThan(10).And.GreaterThan(0));
        Assert.That(world.Syncs.Count(row => row.StatusId == (int)CartSyncStatus.Sent), Is.EqualTo(world.Sent.Count));
        Assert.That(world.Syncs.Where(row => row.StatusId != (int)CartSyncStatus.Sent).Select(row => row.Attempts), Is.All.EqualTo(0),
            "a cart not sent counts no attempt");

        // The next run resumes with the rest.
        var next = await world.CreateStoreSync().SyncStoreAsync(world.Stores[0], world.Settings, world.Client.Object, world.Now.AddHours(1));
        Assert.That(world.SentCustomerIds(), Is.EqualTo(Enumerable.Range(10, 10)), "a cart was lost or sent twice across the two runs");
        Assert.That(next.Stopped, Is.False);
    }

    [Test]
    public async Task AStoreWhoseRunFailsDoesNotHoldBackTheOthers()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TwoHours, storeId: 1);
        world.AddCustomer(11, email: "b@example.com");
        world.AddItem(11, 1, TwoHours, storeId: 2);
        var service = world.CreateService(clientForStore: storeId => storeId == 1
            ? throw new InvalidOperationException("store 1's AIQ settings could not be read")
            : world.Client.Object);

        var result = await service.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(world.SentCustomerIds(), Is.EqualTo(new[] { 11 }));
            Assert.That(result.Stores, Is.EqualTo(1));
            Assert.That(result.Sent, Is.EqualTo(1));
            Assert.That(result.StopReason, Is.EqualTo("Error"));
        });
    }

    [Test]
    public async Task ARunForOneStoreOrWithThePluginOffInAStoreLeavesTheOtherStoresAlone()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "a@example.com");
        world.AddItem(10, 1, TwoHours, storeId: 1);
        world.AddCustomer(11, email: "b@example.com");
        world.AddItem(11, 1, TwoHours, storeId: 2);
        var service = world.CreateService();

        world.StoreSettings[1] = new AiqLoyaltySettings { Enabled = false, AbandonedCartEnabled = true };
        var pluginOff = await service.RunAsync();
        Assert.That(world.SentCustomerIds(), Is.EqualTo(new[] { 11 }));
        Assert.That(pluginOff.Stores, Is.EqualTo(1));

        world.StoreSettings.Clear();
        world.Sent.Clear();
        world.AddCustomer(12, email: "c@example.com");
        world.AddItem(12, 1, TwoHours, storeId: 2);
        await service.RunAsync(storeId: 2);
        Assert.That(world.SentCustomerIds(), Is.EqualTo(new[] { 12 }), "a run for store 2 sent another store's cart");
    }

    [Test]
    public async Task PurgeAppliesEachStoresOwnRetention()
    {
        var world = new CartWorld();
        world.StoreSettings[1] = new AiqLoyaltySettings { SyncLogRetentionDays = 30 };
        world.StoreSettings[2] = new AiqLoyaltySettings { SyncLogRetentionDays = 0 };
        world.Syncs.AddRange([
            new AiqCartSync { Id = 1, StoreId = 1, CustomerId = 10, StatusId = (int)CartSyncStatus.Sent, UpdatedOnUtc = world.Now.AddDays(-31) },
            new AiqCartSync { Id = 2, StoreId = 1, CustomerId = 11, StatusId = (int)CartSyncStatus.Sent, UpdatedOnUtc = world.Now.AddDays(-10) },
            new AiqCartSync { Id = 3, StoreId = 2, CustomerId = 10, StatusId = (int)CartSyncStatus.Sent, UpdatedOnUtc = world.Now.AddDays(-400) }
        ]);
        var service = world.CreateService();

        Assert.That(await service.PurgeAsync(storeId: 2), Is.EqualTo(0), "store 2 keeps its rows");
        Assert.That(await service.PurgeAsync(), Is.EqualTo(1));
        Assert.That(world.Syncs.Select(row => row.Id), Is.EquivalentTo(new[] { 2, 3 }));
    }
}
