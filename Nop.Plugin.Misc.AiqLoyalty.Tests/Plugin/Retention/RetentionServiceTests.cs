using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Plugin.Misc.AiqLoyalty.Services.Retention;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Retention;

/// <summary>
/// The daily retention run over the real call log, sync log and verification rules and in-memory
/// tables: each store's own retention, rows still in force kept, bounded batches, two runs at once.
/// </summary>
[TestFixture]
public class RetentionServiceTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    private InMemoryTable<AiqVerification> _verifications = null!;
    private InMemoryTable<AiqCartSync> _syncRows = null!;
    private InMemoryTable<AiqCallLogEntry> _calls = null!;
    private Dictionary<int, AiqLoyaltySettings> _settings = null!;
    private RetentionService _service = null!;

    [SetUp]
    public void SetUp()
    {
        _verifications = InMemoryRepository.VerificationTable();
        _syncRows = InMemoryRepository.Table<AiqCartSync>();
        _calls = InMemoryRepository.Table<AiqCallLogEntry>();
        _settings = new()
        {
            [0] = new AiqLoyaltySettings { SyncLogRetentionDays = 90 },
            [1] = new AiqLoyaltySettings { SyncLogRetentionDays = 30, VerifiedLifetimeMinutes = 60, LockoutMinutes = 15, CodeLifetimeMinutes = 10 },
            [2] = new AiqLoyaltySettings { SyncLogRetentionDays = 1, VerifiedLifetimeMinutes = 1440, LockoutMinutes = 1440, CodeLifetimeMinutes = 10 }
        };

        var clock = new FakeTimeProvider(new DateTimeOffset(Now));
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>())).ReturnsAsync((int storeId) => _settings[storeId]);
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync([new Store { Id = 1 }, new Store { Id = 2 }]);
        var syncLog = new AbandonedCartSyncLog(InMemoryRepository.Over(_syncRows).Object, InMemoryRepository.Over(InMemoryRepository.Table<Order>()).Object,
            new ShoppingCartSettings(), clock);

        _service = new RetentionService(syncLog, new AiqCallLog(InMemoryRepository.Over(_calls).Object), Mock.Of<ILogger>(),
            InMemoryRepository.Over(_verifications).Object, settingService.Object, stores.Object, clock);
    }

    private AiqVerification Verification(int storeId, string scope, DateTime updated, Action<AiqVerification>? change = null)
    {
        var row = new AiqVerification { StoreId = storeId, ScopeKey = scope, UpdatedOnUtc = updated };
        change?.Invoke(row);
        return _verifications.Seed(row);
    }

    [Test]
    public async Task EachStoresRowsGoAfterItsOwnRetention()
    {
        _syncRows.Seed(new AiqCartSync { StoreId = 1, CustomerId = 1, UpdatedOnUtc = Now.AddDays(-31) });
        _syncRows.Seed(new AiqCartSync { StoreId = 1, CustomerId = 2, UpdatedOnUtc = Now.AddDays(-29) });
        _syncRows.Seed(new AiqCartSync { StoreId = 2, CustomerId = 1, UpdatedOnUtc = Now.AddDays(-2) });
        _calls.Seed(new AiqCallLogEntry { StoreId = 1, StartedOnUtc = Now.AddDays(-31) });
        _calls.Seed(new AiqCallLogEntry { StoreId = 1, StartedOnUtc = Now.AddDays(-29) });
        _calls.Seed(new AiqCallLogEntry { StoreId = 2, StartedOnUtc = Now.AddDays(-2) });
        _calls.Seed(new AiqCallLogEntry { StoreId = 0, StartedOnUtc = Now.AddDays(-91) });
        _calls.Seed(new AiqCallLogEntry { StoreId = 0, StartedOnUtc = Now.AddDays(-89) });

        var result = await _service.PurgeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new RetentionResult(0, 2, 3)));
            Assert.That(_syncRows.Rows.Select(r => (r.StoreId, r.CustomerId)), Is.EqualTo(new[] { (1, 2) }));
            Assert.That(_calls.Rows.Select(r => (r.StoreId, (Now - r.StartedOnUtc).Days)), Is.EquivalentTo(new[] { (1, 29), (0, 89) }),
                "the all-stores configuration's calls follow the default retention");
        });
    }

    [Test]
    public async Task OldVerificationRowsGoUnlessTheyStillHoldSomething()
    {
        var old = Now.AddDays(-40);
        Verification(1, "p:ended", old, v => { v.VerifiedOnUtc = old; v.LockedUntilUtc = old.AddMinutes(15); v.CodeSentOnUtc = old; });
        Verification(1, "p:recent", Now.AddDays(-29));
        // Store 2 keeps rows one day: a day-long lockout or verification set 25 hours ago... is over; one set 23 hours ago is not.
        var dayAgo = Now.AddHours(-25);
        Verification(2, "p:lockout-over", dayAgo, v => v.LockedUntilUtc = dayAgo.AddDays(1));
        var lockedAt = Now.AddHours(-23);
        Verification(2, "p:locked", Now.AddDays(-2), v => v.LockedUntilUtc = lockedAt.AddDays(1));
        Verification(2, "c:verified", Now.AddDays(-2), v => v.VerifiedOnUtc = Now.AddHours(-23));
        Verification(2, "p:code", Now.AddDays(-2), v => v.CodeSentOnUtc = Now.AddMinutes(-5));
        Verification(2, "p:window", Now.AddDays(-2), v => v.SendWindowStartOnUtc = Now.AddMinutes(-5));

        var result = await _service.PurgeAsync();

        Assert.That(result.Verifications, Is.EqualTo(2));
        Assert.That(_verifications.Rows.Select(r => r.ScopeKey), Is.EquivalentTo(new[] { "p:recent", "p:locked", "c:verified", "p:code", "p:window" }),
            "a row still holding a lockout, a verification, a live code or a send window is kept however old its last change");
    }

    [Test]
    public async Task ABacklogIsDeletedInBatches()
    {
        var rows = RetentionDefaults.BatchSize * 2 + 345;
        _calls.Seed(Enumerable.Range(0, rows).Select(i => new AiqCallLogEntry { StoreId = 1, StartedOnUtc = Now.AddDays(-60).AddSeconds(i) }));
        var repository = InMemoryRepository.Over(_calls);
        var log = new AiqCallLog(repository.Object);

        var deleted = await log.PurgeAsync(1, Now.AddDays(-30));

        Assert.That(deleted, Is.EqualTo(rows));
        Assert.That(_calls.Rows, Is.Empty);
        repository.Verify(r => r.DeleteAsync(It.IsAny<System.Linq.Expressions.Expression<Func<AiqCallLogEntry, bool>>>()), Times.Exactly(3),
            "one statement per batch of at most BatchSize rows");
    }

    [Test]
    public async Task TwoRunsAtOnceDeleteEachRowOnce()
    {
        _calls.Seed(Enumerable.Range(0, 1500).Select(i => new AiqCallLogEntry { StoreId = 1, StartedOnUtc = Now.AddDays(-60) }));
        _syncRows.Seed(Enumerable.Range(1, 50).Select(i => new AiqCartSync { StoreId = 1, CustomerId = i, UpdatedOnUtc = Now.AddDays(-60) }));

        var results = await Task.WhenAll(Task.Run(_service.PurgeAsync), Task.Run(_service.PurgeAsync));

        Assert.Multiple(() =>
        {
            Assert.That(_calls.Rows, Is.Empty);
            Assert.That(_syncRows.Rows, Is.Empty);
            Assert.That(results.Sum(r => r.CallLogRows), Is.EqualTo(1500), "no row counted twice");
            Assert.That(results.Sum(r => r.SyncLogRows), Is.EqualTo(50));
        });
    }

    [Test]
    public async Task ARowLockedAgainBetweenItsBatchsReadAndTheDeleteIsKept()
    {
        var relocked = Verification(1, "p:relocked", Now.AddDays(-40));
        Verification(1, "p:ended", Now.AddDays(-40));
        var repository = InMemoryRepository.Over(_verifications);
        // Between the read of the ids and the delete, a shopper's wrong codes lock the identity again.
        repository.Setup(r => r.DeleteAsync(It.IsAny<System.Linq.Expressions.Expression<Func<AiqVerification, bool>>>()))
            .Returns(async (System.Linq.Expressions.Expression<Func<AiqVerification, bool>> predicate) =>
            {
                var row = _verifications.Find(relocked.Id)!;
                row.LockedUntilUtc = Now.AddMinutes(15);
                row.UpdatedOnUtc = Now;
                await _verifications.UpdateAsync(row);
                return await _verifications.DeleteAsync(predicate);
            });

        var deleted = await repository.Object.DeleteInBatchesAsync(VerificationRetention.Expired(1, Now.AddDays(-30), Now, _settings[1]));

        Assert.That(deleted, Is.EqualTo(1));
        Assert.That(_verifications.Rows.Select(r => r.ScopeKey), Is.EqualTo(new[] { "p:relocked" }));
    }
}
