using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

/// <summary>The test double behaves like the database the services expect.</summary>
[TestFixture]
public class InMemoryRepositoryTests
{
    [Test]
    public async Task NopCommercesAsyncLinqHelpersRunOverTheTable()
    {
        var table = InMemoryRepository.ClaimTable();
        var repository = InMemoryRepository.Over(table).Object;
        await repository.InsertAsync(new AiqRewardClaim { TemplateId = "a", StoreId = 1 });
        await repository.InsertAsync(new AiqRewardClaim { TemplateId = "b", StoreId = 2 });

        // System.Linq.AsyncIQueryableExtensions (Nop.Data), over linq2db's AsyncExtensions
        var all = Completed.Result(repository.Table.OrderBy(c => c.Id).ToListAsync());
        var first = Completed.Result(repository.Table.FirstOrDefaultAsync(c => c.StoreId == 2));
        var none = Completed.Result(repository.Table.FirstOrDefaultAsync(c => c.StoreId == 3));
        var any = await repository.Table.AnyAsync(c => c.TemplateId == "a");
        var count = await repository.Table.CountAsync(c => c.StoreId > 0);

        Assert.Multiple(() =>
        {
            Assert.That(all.Select(c => c.TemplateId), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(first?.TemplateId, Is.EqualTo("b"));
            Assert.That(none, Is.Null);
            Assert.That(any, Is.True);
            Assert.That(count, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task InsertAssignsIdsThatAreNeverReused()
    {
        var table = InMemoryRepository.ClaimTable();
        var repository = InMemoryRepository.Over(table).Object;
        var a = new AiqRewardClaim();
        var b = new AiqRewardClaim();
        await repository.InsertAsync(a);
        await repository.InsertAsync(b);
        await repository.DeleteAsync(b);
        var c = new AiqRewardClaim();
        await repository.InsertAsync(c);

        Assert.That(new[] { a.Id, b.Id, c.Id }, Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(table.Rows.Select(r => r.Id), Is.EqualTo(new[] { 1, 3 }));
    }

    [Test]
    public async Task ChangesAreSeenOnlyAfterUpdate()
    {
        var table = InMemoryRepository.ClaimTable();
        var repository = InMemoryRepository.Over(table).Object;
        var claim = new AiqRewardClaim { StateId = 0 };
        await repository.InsertAsync(claim);

        claim.StateId = 9;
        var before = Completed.Result(repository.GetByIdAsync(claim.Id));
        await repository.UpdateAsync(claim);
        var after = Completed.Result(repository.GetByIdAsync(claim.Id));

        Assert.That(before.StateId, Is.Zero);
        Assert.That(after.StateId, Is.EqualTo(9));
        Assert.That(Completed.Result(repository.GetByIdAsync(claim.Id + 1)), Is.Null);
    }

    [Test]
    public async Task ASecondLockWithTheSameKeyIsRefusedLikeAUniqueIndex()
    {
        var table = InMemoryRepository.LockTable();
        var repository = InMemoryRepository.Over(table).Object;
        await repository.InsertAsync(new AiqRewardClaimLock { LockKey = "1:c_ann:t-10", ClaimId = 1 });

        Assert.ThrowsAsync<UniqueKeyViolationException>(() => repository.InsertAsync(new AiqRewardClaimLock { LockKey = "1:c_ann:t-10", ClaimId = 2 }));
        await repository.InsertAsync(new AiqRewardClaimLock { LockKey = "1:c_ann:t-15", ClaimId = 3 });

        Assert.That(table.Rows.Select(l => l.ClaimId), Is.EqualTo(new[] { 1, 3 }));
    }

    [Test]
    public async Task DeleteByPredicateRemovesTheMatchingRowsAndSaysHowMany()
    {
        var table = InMemoryRepository.LockTable();
        var repository = InMemoryRepository.Over(table).Object;
        await repository.InsertAsync(new AiqRewardClaimLock { LockKey = "a", ClaimId = 1 });
        await repository.InsertAsync(new AiqRewardClaimLock { LockKey = "b", ClaimId = 2 });

        var deleted = await repository.DeleteAsync(l => l.ClaimId == 1);

        Assert.That(deleted, Is.EqualTo(1));
        Assert.That(table.Rows.Single().LockKey, Is.EqualTo("b"));
        Assert.That(await repository.DeleteAsync(l => l.ClaimId == 1), Is.Zero);
    }

    [Test]
    public async Task SeedKeepsGivenIdsAndABulkInsertContinuesAfterThem()
    {
        var table = InMemoryRepository.Table<AiqCartSync>();
        var repository = InMemoryRepository.Over(table).Object;
        table.Seed(new AiqCartSync { Id = 7, CustomerId = 70 });
        var seeded = table.Seed(new AiqCartSync { CustomerId = 80 });

        await repository.InsertAsync(new List<AiqCartSync> { new() { CustomerId = 90 }, new() { CustomerId = 91 } });

        Assert.That(seeded.Id, Is.EqualTo(8));
        Assert.That(table.Rows.Select(r => (r.Id, r.CustomerId)), Is.EqualTo(new[] { (7, 70), (8, 80), (9, 90), (10, 91) }));
        Assert.Throws<InvalidOperationException>(() => table.Seed(new AiqCartSync { Id = 7 }));
    }

    [Test]
    public void AnUnexpectedRepositoryCallThrows()
    {
        var repository = InMemoryRepository.Over(InMemoryRepository.ClaimTable()).Object;

        Assert.ThrowsAsync<Moq.MockException>(() => repository.TruncateAsync());
    }
}
