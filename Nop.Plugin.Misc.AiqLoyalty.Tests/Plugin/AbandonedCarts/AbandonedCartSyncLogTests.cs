using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.AbandonedCarts;

/// <summary>The sync log alone: the admin grid's search and retry, recovered marking, retention.</summary>
[TestFixture]
public class AbandonedCartSyncLogTests
{
    private static AiqCartSync Row(int id, int storeId, int customerId, CartSyncStatus status, DateTime updatedOnUtc) => new()
    {
        Id = id, StoreId = storeId, CustomerId = customerId, StatusId = (int)status, UpdatedOnUtc = updatedOnUtc
    };

    /// <summary>The ids of a page and its total.</summary>
    /// <remarks>
    /// The search is awaited as a plain <see cref="Task"/> and its result read once it completed:
    /// awaiting a Task of a nopCommerce type puts an awaiter of that type into the method's state
    /// machine, which then cannot be loaded while NUnit discovers tests (before the nopCommerce
    /// assembly resolver is registered), and NUnit would find no tests at all.
    /// </remarks>
    private static async Task<(int[] Ids, int TotalCount)> IdsAsync(Task<IPagedList<AiqCartSync>> search)
    {
        await (Task)search;
        var page = search.Result;
        return (page.Select(row => row.Id).ToArray(), page.TotalCount);
    }

    [Test]
    public async Task SearchFiltersByStoreStatusAndTimeNewestFirst()
    {
        var world = new CartWorld();
        world.Syncs.AddRange([
            Row(1, 1, 10, CartSyncStatus.Sent, world.Now.AddHours(-3)),
            Row(2, 1, 11, CartSyncStatus.Failed, world.Now.AddHours(-2)),
            Row(3, 2, 10, CartSyncStatus.Sent, world.Now.AddHours(-1)),
            Row(4, 1, 12, CartSyncStatus.Sent, world.Now.AddHours(-1))
        ]);
        var log = world.CreateSyncLog();

        var all = await IdsAsync(log.SearchAsync());
        var store1 = await IdsAsync(log.SearchAsync(storeId: 1));
        var sent = await IdsAsync(log.SearchAsync(status: CartSyncStatus.Sent));
        var window = await IdsAsync(log.SearchAsync(fromUtc: world.Now.AddHours(-2), toUtc: world.Now.AddHours(-1)));
        var secondPage = await IdsAsync(log.SearchAsync(pageIndex: 1, pageSize: 3));

        Assert.Multiple(() =>
        {
            Assert.That(all.Ids, Is.EqualTo(new[] { 4, 3, 2, 1 }));
            Assert.That(store1.Ids, Is.EqualTo(new[] { 4, 2, 1 }));
            Assert.That(sent.Ids, Is.EqualTo(new[] { 4, 3, 1 }));
            Assert.That(window.Ids, Is.EqualTo(new[] { 2 }), "from is inclusive, to exclusive");
            Assert.That(secondPage.Ids, Is.EqualTo(new[] { 1 }));
            Assert.That(secondPage.TotalCount, Is.EqualTo(4));
        });
    }

    [Test]
    public async Task RetryMakesOnlyFailedAndWaitingRowsDueNowWithTheirAttemptsReset()
    {
        var world = new CartWorld();
        var failed = Row(1, 1, 10, CartSyncStatus.Failed, world.Now.AddDays(-1));
        failed.Attempts = 8;
        var waiting = Row(2, 1, 11, CartSyncStatus.Retrying, world.Now.AddDays(-1));
        waiting.Attempts = 3;
        waiting.NextAttemptOnUtc = world.Now.AddHours(1);
        var sent = Row(3, 1, 12, CartSyncStatus.Sent, world.Now.AddDays(-1));
        world.Syncs.AddRange([failed, waiting, sent]);
        var log = world.CreateSyncLog();

        var changed = await log.RetryAsync([1, 2, 2, 3, 99]);
        var noneGiven = await log.RetryAsync([]);
        var nullGiven = await log.RetryAsync(null!);

        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.EqualTo(2));
            foreach (var row in new[] { failed, waiting })
            {
                Assert.That(row.StatusId, Is.EqualTo((int)CartSyncStatus.Retrying));
                Assert.That(row.Attempts, Is.EqualTo(0));
                Assert.That(row.NextAttemptOnUtc, Is.EqualTo(world.Now));
                Assert.That(row.UpdatedOnUtc, Is.EqualTo(world.Now));
            }

            Assert.That(sent.StatusId, Is.EqualTo((int)CartSyncStatus.Sent));
            Assert.That(sent.UpdatedOnUtc, Is.EqualTo(world.Now.AddDays(-1)));
            Assert.That(noneGiven, Is.EqualTo(0));
            Assert.That(nullGiven, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task AnOrderMarksRecoveredOnlyTheCartsSentBeforeItInItsStore()
    {
        var world = new CartWorld();
        var store1 = Row(1, 1, 10, CartSyncStatus.Sent, world.Now.AddHours(-2));
        store1.SentOnUtc = world.Now.AddHours(-2);
        var store2 = Row(2, 2, 10, CartSyncStatus.Sent, world.Now.AddHours(-2));
        store2.SentOnUtc = world.Now.AddHours(-2);
        world.Syncs.AddRange([store1, store2]);
        var log = world.CreateSyncLog();

        var beforeTheSend = await log.MarkRecoveredAsync(new Order { CustomerId = 10, StoreId = 1, CreatedOnUtc = world.Now.AddHours(-3) });
        var afterTheSend = await log.MarkRecoveredAsync(new Order { CustomerId = 10, StoreId = 1, CreatedOnUtc = world.Now });

        Assert.Multiple(() =>
        {
            Assert.That(beforeTheSend, Is.EqualTo(0), "an order placed before the send did not follow it");
            Assert.That(afterTheSend, Is.EqualTo(1));
            Assert.That(store1.StatusId, Is.EqualTo((int)CartSyncStatus.Recovered));
            Assert.That(store2.StatusId, Is.EqualTo((int)CartSyncStatus.Sent), "an order in store 1 recovered store 2's cart");
        });

        // With carts shared between stores, an order in any store recovers the cart.
        world.CartSettings.CartsSharedBetweenStores = true;
        Assert.That(await world.CreateSyncLog().MarkRecoveredAsync(new Order { CustomerId = 10, StoreId = 1, CreatedOnUtc = world.Now }), Is.EqualTo(1));
        Assert.That(store2.StatusId, Is.EqualTo((int)CartSyncStatus.Recovered));
    }

    [Test]
    public async Task PurgeDeletesOnlyTheStoresRowsPastTheRetention()
    {
        var world = new CartWorld();
        world.Syncs.AddRange([
            Row(1, 1, 10, CartSyncStatus.Sent, world.Now.AddDays(-91)),
            Row(2, 1, 11, CartSyncStatus.Failed, world.Now.AddDays(-89)),
            Row(3, 2, 10, CartSyncStatus.Sent, world.Now.AddDays(-91))
        ]);
        var log = world.CreateSyncLog();

        Assert.That(await log.PurgeAsync(1, 0), Is.EqualTo(0), "a retention of 0 keeps every row");
        Assert.That(await log.PurgeAsync(1, 90), Is.EqualTo(1));
        Assert.That(world.Syncs.Select(row => row.Id), Is.EquivalentTo(new[] { 2, 3 }));
    }
}
