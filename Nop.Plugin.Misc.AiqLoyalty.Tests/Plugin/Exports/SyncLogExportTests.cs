using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Controllers;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Models.SyncLog;
using Nop.Plugin.Misc.AiqLoyalty.Services.Exports;
using Nop.Services.Helpers;
using Nop.Services.Logging;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Exports;

/// <summary>The sync log export: the log page's filters, masked contacts, every row across pages, streamed from its admin action.</summary>
[TestFixture]
public class SyncLogExportTests
{
    private static readonly DateTime Start = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary><paramref name="count"/> rows, one an hour, alternating stores 1 and 2, statuses in turn.</summary>
    private static List<AiqCartSync> Rows(int count) => Enumerable.Range(1, count).Select(id => new AiqCartSync
    {
        Id = id, StoreId = 1 + id % 2, CustomerId = 900 + id, ContactMasked = id % 3 == 0 ? "a***@example.com" : "******0101",
        ItemCount = id % 4 + 1, CartTotal = 12.5m * (id % 4 + 1), StatusId = id % 6, HttpStatus = id % 6 == 3 ? 400 : 200,
        Error = id % 6 == 3 ? "-bad request from AIQ" : null, Attempts = 1, CreatedOnUtc = Start.AddHours(id - 1), UpdatedOnUtc = Start.AddHours(id)
    }).ToList();

    private static SyncLogExporter Exporter(List<AiqCartSync> rows)
    {
        var repository = new Mock<IRepository<AiqCartSync>>(MockBehavior.Strict);
        repository.SetupGet(r => r.Table).Returns(() => rows.AsQueryable());
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync([new Store { Id = 1, Name = "Main St" }, new Store { Id = 2, Name = "Downtown, CO" }]);
        return new SyncLogExporter(repository.Object, stores.Object);
    }

    private static async Task<List<SyncLogExportRow>> ReadAllAsync(IAsyncEnumerable<SyncLogExportRow> rows)
    {
        var list = new List<SyncLogExportRow>();
        await foreach (var row in rows)
            list.Add(row);
        return list;
    }

    [Test]
    public async Task WithoutFilters_EveryRowOnceOldestFirst_AcrossPages()
    {
        var rows = await ReadAllAsync(Exporter(Rows(2_345)).GetRowsAsync(0, null, null, null));

        Assert.That(rows.Select(r => r.Sync.Id), Is.EqualTo(Enumerable.Range(1, 2_345)));
    }

    [Test]
    public async Task StoreStatusAndDates_FilterAsOnTheLogPage()
    {
        var rows = await ReadAllAsync(Exporter(Rows(500)).GetRowsAsync(2, CartSyncStatus.Failed, Start.AddHours(100), Start.AddHours(300)));

        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.Not.Empty);
            Assert.That(rows.All(r => r.Sync.StoreId == 2 && r.Sync.StatusId == (int)CartSyncStatus.Failed), Is.True);
            Assert.That(rows.All(r => r.Sync.UpdatedOnUtc >= Start.AddHours(100) && r.Sync.UpdatedOnUtc < Start.AddHours(300)), Is.True);
            Assert.That(rows.Select(r => r.Sync.Id), Is.EqualTo(Rows(500).Where(r => r.StoreId == 2 && r.StatusId == 3 && r.Id >= 100 && r.Id < 300).Select(r => r.Id)));
        });
    }

    [Test]
    public async Task TheCsvHasTheStoreName_TheMaskedContact_InvariantTotals_AndNoFormulas()
    {
        var exporter = Exporter(Rows(3));
        using var destination = new MemoryStream();

        await exporter.Csv.WriteAsync(destination, exporter.GetRowsAsync(0, null, null, null));

        var lines = Encoding.UTF8.GetString(destination.ToArray()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("Id,UpdatedOnUtc,StoreId,Store,CustomerId,ContactMasked,Items,CartTotal,Status,HttpStatus,Error,Attempts,NextAttemptOnUtc,SentOnUtc,CreatedOnUtc"));
            Assert.That(lines[1], Is.EqualTo("1,2025-03-01T01:00:00Z,2,\"Downtown, CO\",901,******0101,2,25.0,Sent,200,,1,,,2025-03-01T00:00:00Z"));
            Assert.That(lines[3], Is.EqualTo("3,2025-03-01T03:00:00Z,2,\"Downtown, CO\",903,a***@example.com,4,50.0,Failed,400,\"'-bad request from AIQ\",1,,,2025-03-01T02:00:00Z"));
        });
    }

    [Test]
    public async Task SkippedNoConsentRowsAreFilteredAndExportedUnderTheirOwnStatus()
    {
        var rows = Rows(4);
        rows[1].StatusId = (int)CartSyncStatus.SkippedNoConsent;
        rows[1].Error = "NoConsent";
        var exporter = Exporter(rows);
        using var destination = new MemoryStream();

        await exporter.Csv.WriteAsync(destination, exporter.GetRowsAsync(0, CartSyncStatus.SkippedNoConsent, null, null));

        var lines = Encoding.UTF8.GetString(destination.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Skip(1), Is.EqualTo(new[] { "2,2025-03-01T02:00:00Z,1,Main St,902,******0101,3,37.5,SkippedNoConsent,200,NoConsent,1,,,2025-03-01T01:00:00Z" }));
    }

    [Test]
    public async Task TheAdminActionStreamsTheFilteredLog_InTheAdminsTimeZone_AndLogsTheExport()
    {
        var activity = new Mock<ICustomerActivityService>();
        var dates = new Mock<IDateTimeHelper>();
        var denver = TimeZoneInfo.CreateCustomTimeZone("test-7", TimeSpan.FromHours(-7), "UTC-7", "UTC-7");
        dates.Setup(d => d.GetCurrentTimeZoneAsync()).ReturnsAsync(denver);
        dates.Setup(d => d.ConvertToUtcTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>()))
            .Returns((DateTime local, TimeZoneInfo zone) => DateTime.SpecifyKind(local - zone.BaseUtcOffset, DateTimeKind.Utc));
        var controller = new AiqLoyaltySyncLogExportController(activity.Object, dates.Object, Exporter(Rows(100)));
        var body = new CountingStream(headLimit: 1 << 20);
        var httpContext = new DefaultHttpContext { Response = { Body = body } };
        controller.ControllerContext = new ControllerContext { HttpContext = httpContext };

        // The 1st of March in Denver runs from 07:00 UTC on the 1st to 07:00 UTC on the 2nd.
        var result = await controller.ExportCsv(new SyncLogSearchModel { SearchStoreId = 0, SearchStatusId = -1, CreatedFrom = new DateTime(2025, 3, 1), CreatedTo = new DateTime(2025, 3, 1) });
        await result.ExecuteResultAsync(new ActionContext(httpContext, new RouteData(), new ActionDescriptor()));

        var lines = Encoding.UTF8.GetString(body.Head).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines.Skip(1).Select(line => int.Parse(line.Split(',')[0])), Is.EqualTo(Enumerable.Range(7, 24)), "updated 07:00 to 06:00 the next day (UTC)");
            Assert.That(httpContext.Response.Headers.ContentDisposition.ToString(), Does.StartWith("attachment; filename=aiq-sync-log-"));
        });
        activity.Verify(a => a.InsertActivityAsync("ExportCustomers",
            "AIQ loyalty: abandoned-cart sync log exported (store all, status all, from 2025-03-01 to 2025-03-01).", It.IsAny<BaseEntity>()), Times.Once);
    }
}
