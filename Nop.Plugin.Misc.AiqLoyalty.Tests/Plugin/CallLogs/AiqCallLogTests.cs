using AiqLoyalty.Core.Client;
using Moq;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.CallLog;

/// <summary>The call log: what a call's row holds (and never holds), the grid's filters, the purge.</summary>
[TestFixture]
public class AiqCallLogTests
{
    private static readonly DateTime Start = new(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);

    private InMemoryTable<AiqCallLogEntry> _table = null!;
    private Mock<IRepository<AiqCallLogEntry>> _repository = null!;
    private AiqCallLog _log = null!;

    [SetUp]
    public void SetUp()
    {
        _table = InMemoryRepository.Table<AiqCallLogEntry>();
        _repository = InMemoryRepository.Over(_table);
        _log = new AiqCallLog(_repository.Object);
    }

    private static AiqCallRecord Record(AiqCall call = AiqCall.Wallet, AiqCallOutcome outcome = AiqCallOutcome.Succeeded, AiqErrorKind? kind = null,
        DateTime? started = null, AiqCallScope? scope = null, string? contact = "******0101") =>
        new(call, started ?? Start, TimeSpan.FromMilliseconds(41.6), outcome, kind, outcome == AiqCallOutcome.Succeeded ? 200 : 503, 2, contact, scope);

    [Test]
    public async Task AStoresObserverWritesOneRowWithoutEventsUnderThatStore()
    {
        AiqCallScope scope;
        using (scope = AiqCallScope.Begin(customerId: 5, orderId: 77, claimId: 12))
            await _log.ObserverFor(3).OnCallCompletedAsync(Record(AiqCall.Redeem, AiqCallOutcome.Error, AiqErrorKind.Timeout, scope: scope));

        var row = _table.Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.StoreId, Is.EqualTo(3));
            Assert.That(row.StartedOnUtc, Is.EqualTo(Start));
            Assert.That(row.OperationId, Is.EqualTo((int)AiqCall.Redeem));
            Assert.That(row.OutcomeId, Is.EqualTo((int)AiqCallOutcome.Error));
            Assert.That(row.ErrorKindId, Is.EqualTo((int)AiqErrorKind.Timeout));
            Assert.That(row.HttpStatus, Is.EqualTo(503));
            Assert.That(row.DurationMs, Is.EqualTo(42));
            Assert.That(row.Attempts, Is.EqualTo(2));
            Assert.That(row.ContactMasked, Is.EqualTo("******0101"));
            Assert.That((row.CustomerId, row.OrderId, row.ClaimId), Is.EqualTo(((int?)5, (int?)77, (int?)12)));
        });
        _repository.Verify(r => r.InsertAsync(It.IsAny<AiqCallLogEntry>(), false), Times.Once, "no entity events for a log row");
    }

    [Test]
    public void TheRowHasNoPlaceForAKeyAUrlOrAFullContact()
    {
        // Every text column of the row, by reflection: only the masked contact is text.
        var textColumns = typeof(AiqCallLogEntry).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.Name);
        Assert.That(textColumns, Is.EqualTo(new[] { nameof(AiqCallLogEntry.ContactMasked) }));
    }

    [Test]
    public async Task TheGridFiltersByStoreOperationOutcomeAndStartNewestFirst()
    {
        var records = new[]
        {
            (1, Record(AiqCall.Wallet, started: Start)),
            (1, Record(AiqCall.SendCode, AiqCallOutcome.Declined, AiqErrorKind.ContactNotFound, Start.AddHours(1))),
            (2, Record(AiqCall.Wallet, AiqCallOutcome.Error, AiqErrorKind.Unavailable, Start.AddHours(2))),
            (1, Record(AiqCall.Wallet, AiqCallOutcome.Error, AiqErrorKind.Timeout, Start.AddHours(3))),
            (1, Record(AiqCall.Wallet, AiqCallOutcome.Error, AiqErrorKind.Timeout, Start.AddDays(1)))
        };
        foreach (var (store, record) in records)
            await _log.WriteAsync(store, record);

        // Completed.Result, not await: an awaited nopCommerce type (IPagedList) would hide every test from discovery.
        var all = Completed.Result(_log.SearchAsync(new CallLogFilter()));
        var walletErrorsInStore1OnDay1 = Completed.Result(_log.SearchAsync(new CallLogFilter(1, AiqCall.Wallet, AiqCallOutcome.Error, Start, Start.AddDays(1))));
        var declined = Completed.Result(_log.SearchAsync(new CallLogFilter(Outcome: AiqCallOutcome.Declined)));

        Assert.Multiple(() =>
        {
            Assert.That(all.Select(r => r.Id), Is.EqualTo(new[] { 5, 4, 3, 2, 1 }));
            Assert.That(walletErrorsInStore1OnDay1.Select(r => r.Id), Is.EqualTo(new[] { 4 }), "the 'to' bound is exclusive");
            Assert.That(declined.Select(r => r.OperationId), Is.EqualTo(new[] { (int)AiqCall.SendCode }));
        });
    }

    [Test]
    public async Task APageIsAPage()
    {
        for (var i = 0; i < 25; i++)
            await _log.WriteAsync(1, Record(started: Start.AddMinutes(i)));

        var page = Completed.Result(_log.SearchAsync(new CallLogFilter(), pageIndex: 1, pageSize: 10));

        Assert.Multiple(() =>
        {
            Assert.That(page.TotalCount, Is.EqualTo(25));
            Assert.That(page.Select(r => r.Id), Is.EqualTo(Enumerable.Range(6, 10).Reverse()));
        });
    }

    [Test]
    public async Task ThePurgeDeletesOnlyTheStoresRowsStartedBeforeTheCutoff()
    {
        await _log.WriteAsync(1, Record(started: Start.AddDays(-100)));
        await _log.WriteAsync(1, Record(started: Start.AddDays(-1)));
        await _log.WriteAsync(2, Record(started: Start.AddDays(-100)));

        var deleted = await _log.PurgeAsync(1, Start.AddDays(-90));

        Assert.That(deleted, Is.EqualTo(1));
        Assert.That(_table.Rows.Select(r => (r.StoreId, r.StartedOnUtc)), Is.EquivalentTo(new[] { (1, Start.AddDays(-1)), (2, Start.AddDays(-100)) }));
    }

    [Test]
    public async Task ACustomerDeletedPermanentlyLosesTheirRowsAndOnlyTheirs()
    {
        using (AiqCallScope.Begin(customerId: 5))
            await _log.WriteAsync(1, Record(scope: AiqCallScope.Current));
        using (AiqCallScope.Begin(customerId: 6))
            await _log.WriteAsync(1, Record(scope: AiqCallScope.Current));
        await _log.WriteAsync(1, Record());

        await new CallLogCustomerDeletedConsumer(_log, Mock.Of<Nop.Services.Logging.ILogger>())
            .HandleEventAsync(new Nop.Core.Domain.Gdpr.CustomerPermanentlyDeleted(5, "ann@example.com"));

        Assert.That(_table.Rows.Select(r => r.CustomerId), Is.EquivalentTo(new int?[] { 6, null }));
    }
}
