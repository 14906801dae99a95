using System.Text;
using AiqLoyalty.Core.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Controllers;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Factories;
using Nop.Plugin.Misc.AiqLoyalty.Models.CallLog;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Plugin.Misc.AiqLoyalty.Services.Exports;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Exports;

/// <summary>The call log export: the page's filters (in the admin's time zone), stable column names, masked contacts only, every row across pages.</summary>
[TestFixture]
public class CallLogExportTests
{
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>One call an hour: stores 1 and 2 in turn, operations and outcomes in turn.</summary>
    private static List<AiqCallLogEntry> Rows(int count) => Enumerable.Range(1, count).Select(id => new AiqCallLogEntry
    {
        Id = id, StoreId = 1 + id % 2, StartedOnUtc = Start.AddHours(id), OperationId = id % 9, OutcomeId = id % 4,
        ErrorKindId = id % 4 == 2 ? (int)AiqErrorKind.Timeout : null, HttpStatus = id % 4 == 2 ? null : 200, DurationMs = id, Attempts = 1,
        ContactMasked = id % 3 == 0 ? "a***@example.com" : "******0101", CustomerId = 100 + id, OrderId = id % 5 == 0 ? 500 + id : null
    }).ToList();

    private static CallLogExporter Exporter(List<AiqCallLogEntry> rows)
    {
        var repository = new Mock<IRepository<AiqCallLogEntry>>(MockBehavior.Strict);
        repository.SetupGet(r => r.Table).Returns(() => rows.AsQueryable());
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync([new Store { Id = 1, Name = "Main St" }, new Store { Id = 2, Name = "Downtown, CO" }]);
        return new CallLogExporter(repository.Object, stores.Object);
    }

    private static async Task<string> CsvAsync(CallLogExporter exporter, CallLogFilter filter)
    {
        using var destination = new MemoryStream();
        await exporter.Csv.WriteAsync(destination, exporter.GetRowsAsync(filter));
        return Encoding.UTF8.GetString(destination.ToArray()).TrimStart('\uFEFF');
    }

    [Test]
    public async Task TheCsvHasStableNames_TheMaskedContact_AndNothingElseAboutTheShopper()
    {
        var csv = await CsvAsync(Exporter(Rows(3)), new CallLogFilter());
        var lines = csv.Split("\r\n");

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("Id,StartedOnUtc,StoreId,Store,Operation,Outcome,ErrorKind,HttpStatus,DurationMs,Attempts,ContactMasked,CustomerId,OrderId,ClaimId"));
            Assert.That(lines[1], Is.EqualTo("1,2026-11-01T01:00:00Z,2,\"Downtown, CO\",ViewWalletWithCode,Declined,,200,1,1,******0101,101,,"));
            Assert.That(lines[2], Is.EqualTo("2,2026-11-01T02:00:00Z,1,Main St,Wallet,Error,Timeout,,2,1,******0101,102,,"));
            Assert.That(lines[3], Is.EqualTo("3,2026-11-01T03:00:00Z,2,\"Downtown, CO\",Signup,Cancelled,,200,3,1,a***@example.com,103,,"));
            Assert.That(csv, Does.Not.Contain("3035550101").And.Not.Contain("ann@").And.Not.Contain("sandbox-demo-key"));
        });
    }

    [Test]
    public async Task EveryFilteredRowOnceAcrossPages()
    {
        var rows = Rows(2_500);
        var filter = new CallLogFilter(2, AiqCall.Wallet, null, Start.AddHours(100), Start.AddHours(2_000));
        var exported = new List<int>();
        await foreach (var row in Exporter(rows).GetRowsAsync(filter))
            exported.Add(row.Call.Id);

        Assert.That(exported, Is.EqualTo(rows.Where(r => r.StoreId == 2 && r.OperationId == (int)AiqCall.Wallet && r.Id >= 100 && r.Id < 2_000).Select(r => r.Id)));
        Assert.That(exported, Is.Not.Empty);
    }

    [Test]
    public async Task TheAdminActionExportsTheDaysOfTheAdminsTimeZone_AndLogsTheExport()
    {
        var activity = new Mock<ICustomerActivityService>();
        var dates = new Mock<IDateTimeHelper>();
        var denver = TimeZoneInfo.CreateCustomTimeZone("test-7", TimeSpan.FromHours(-7), "UTC-7", "UTC-7");
        dates.Setup(d => d.GetCurrentTimeZoneAsync()).ReturnsAsync(denver);
        dates.Setup(d => d.ConvertToUtcTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>()))
            .Returns((DateTime local, TimeZoneInfo zone) => DateTime.SpecifyKind(local - zone.BaseUtcOffset, DateTimeKind.Utc));
        var factory = new CallLogModelFactory(Mock.Of<IAiqCallLog>(), dates.Object, Mock.Of<ILocalizationService>(), Mock.Of<IStoreService>());
        var controller = new AiqLoyaltyCallLogController(Exporter(Rows(100)), factory, activity.Object, new FakeTimeProvider(new DateTimeOffset(Start)));
        var body = new CountingStream(headLimit: 1 << 20);
        var httpContext = new DefaultHttpContext { Response = { Body = body } };
        controller.ControllerContext = new ControllerContext { HttpContext = httpContext };

        // The 1st of November in Denver runs from 07:00 UTC on the 1st to 07:00 UTC on the 2nd.
        var result = await controller.ExportCsv(new CallLogSearchModel { StartedFrom = new DateTime(2026, 11, 1), StartedTo = new DateTime(2026, 11, 1) });
        await result.ExecuteResultAsync(new ActionContext(httpContext, new RouteData(), new ActionDescriptor()));

        var lines = Encoding.UTF8.GetString(body.Head).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines.Skip(1).Select(line => int.Parse(line.Split(',')[0])), Is.EqualTo(Enumerable.Range(7, 24)));
            Assert.That(httpContext.Response.Headers.ContentDisposition.ToString(), Does.StartWith("attachment; filename=aiq-call-log-20261101000000.csv"));
        });
        activity.Verify(a => a.InsertActivityAsync("ExportCustomers",
            "AIQ loyalty: call log exported (store all, operation all, outcome all, from 2026-11-01 to 2026-11-01).", It.IsAny<BaseEntity>()), Times.Once);
    }
}
