using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Moq;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Controllers;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Plugin.Misc.AiqLoyalty.Services.Exports;
using Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Exports;

/// <summary>The rewards audit: rows and order totals across pages, and the download streamed from the admin action.</summary>
[TestFixture]
public class RewardsAuditExportTests
{
    private static readonly DateTime Start = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary><paramref name="orders"/> orders of three rewards each (10, 20 and 30 points), in store 1 or 2, one claim a minute.</summary>
    private static List<AiqRewardClaim> Claims(int orders)
    {
        var claims = new List<AiqRewardClaim>(orders * 3 + 1);
        var id = 0;
        for (var order = 1; order <= orders; order++)
        {
            for (var reward = 1; reward <= 3; reward++)
            {
                id++;
                claims.Add(new AiqRewardClaim
                {
                    Id = id, OrderId = 5000 + order, StoreId = 1 + order % 2, CustomerId = 70 + order % 9, TemplateId = $"10{reward}0",
                    RewardName = reward == 2 ? "=HYPERLINK(\"http://evil\")" : $"Reward {reward}, every visit", PointsDeduction = 10 * reward,
                    StateId = 3, RedemptionModelId = 1, CreatedOnUtc = Start.AddMinutes(id), RedeemedOnUtc = Start.AddMinutes(id + 1)
                });
            }
        }

        // A claim still in a cart: never in the audit.
        claims.Add(new AiqRewardClaim { Id = ++id, OrderId = null, StoreId = 1, TemplateId = "1010", RewardName = "Cart only", CreatedOnUtc = Start });
        return claims;
    }

    private static IRepository<AiqRewardClaim> Repository(List<AiqRewardClaim> claims)
    {
        var mock = new Mock<IRepository<AiqRewardClaim>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(() => claims.AsQueryable());
        return mock.Object;
    }

    private static async Task<List<RewardsAuditRow>> ReadAllAsync(IAsyncEnumerable<RewardsAuditRow> rows)
    {
        var list = new List<RewardsAuditRow>();
        await foreach (var row in rows)
            list.Add(row);
        return list;
    }

    [Test]
    public async Task EveryOrderedReward_ByOrderAndClaim_WithItsOrderTotal_AcrossPageBoundaries()
    {
        // 2,500 orders: 7,500 claims, 8 pages; page edges fall inside orders (1,000 is not a multiple of 3).
        var exporter = new RewardsAuditExporter(Repository(Claims(2_500)));

        var rows = await ReadAllAsync(exporter.GetRowsAsync(0, null, null));

        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(7_500));
            Assert.That(rows.Select(r => r.Claim.Id), Is.EqualTo(Enumerable.Range(1, 7_500)), "by order, then claim, each once");
            Assert.That(rows.Select(r => r.OrderPointsDeduction).Distinct(), Is.EqualTo(new[] { 60L }), "10 + 20 + 30 on every order, also those split by a page edge");
            Assert.That(rows.Any(r => r.Claim.OrderId is null), Is.False);
        });
    }

    [Test]
    public async Task StoreAndDateFilters_ToDayCountsWhole()
    {
        var claims = Claims(1_000);
        var exporter = new RewardsAuditExporter(Repository(claims));
        var from = Start.AddMinutes(1441);

        var rows = await ReadAllAsync(exporter.GetRowsAsync(2, from, new DateTime(2025, 3, 2)));

        // Claims are made at Start + id minutes: "to 2 March" keeps every claim up to 23:59:59 that day.
        var expected = claims.Where(c => c.OrderId != null && c.StoreId == 2 && c.CreatedOnUtc >= from && c.CreatedOnUtc < new DateTime(2025, 3, 3)).Select(c => c.Id);
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Claim.Id), Is.EqualTo(expected));
            Assert.That(rows.Max(r => r.Claim.CreatedOnUtc), Is.GreaterThan(new DateTime(2025, 3, 2, 23, 50, 0)));
        });
    }

    [Test]
    public async Task TheCsvKeepsItsColumns_NeutralisesFormulas_AndWritesIsoTimes()
    {
        var exporter = new RewardsAuditExporter(Repository(Claims(1)));
        using var destination = new MemoryStream();

        await exporter.Csv.WriteAsync(destination, exporter.GetRowsAsync(0, null, null));

        var lines = Encoding.UTF8.GetString(destination.ToArray()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("OrderId,StoreId,CustomerId,Reward,TemplateId,PosDiscountId,PointsDeduction,OrderPointsDeduction,Status,RedemptionModel,ClaimedOnUtc,RedeemedOnUtc,PointsReturnedOnUtc"));
            Assert.That(lines[1], Is.EqualTo("5001,2,71,\"Reward 1, every visit\",1010,,10,60,Redeemed,A,2025-03-01T00:01:00Z,2025-03-01T00:02:00Z,"));
            Assert.That(lines[2], Does.StartWith("5001,2,71,\"'=HYPERLINK(\"\"http://evil\"\")\",1020,,20,60,"));
            Assert.That(lines, Has.Length.EqualTo(5), "header, three rows, and the empty string after the last CRLF");
        });
    }

    [Test]
    [NonParallelizable]
    public async Task HundredThousandRows_StreamFromTheAdminActionWithFlatMemory()
    {
        const int Orders = 33_334; // 100,002 claims
        var claims = Claims(Orders);
        var activity = new Mock<ICustomerActivityService>();
        var controller = new AiqLoyaltyOrderAdminController(activity.Object, Mock.Of<ILocalizationService>(), Mock.Of<INotificationService>(),
            Repository(claims), new RewardsAuditExporter(Repository(claims)), Mock.Of<IStaffClaimActions>());
        var body = new CountingStream();
        var httpContext = new DefaultHttpContext { Response = { Body = body } };
        controller.ControllerContext = new ControllerContext { HttpContext = httpContext };

        // First use of the query, CsvHelper and the JIT outside the figures.
        await new RewardsAuditExporter(Repository(Claims(400))).Csv.WriteAsync(Stream.Null, new RewardsAuditExporter(Repository(Claims(400))).GetRowsAsync(0, null, null));
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        body.OnWrite = () =>
        {
            if (body.Writes % 10 == 0)
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
        };
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var result = await controller.ExportAudit(null, null, 0);
        await result.ExecuteResultAsync(new ActionContext(httpContext, new RouteData(), new ActionDescriptor()));

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var growth = peak - baseline;
        TestContext.Out.WriteLine($"audit export through the admin action: {body.LineFeeds - 1:N0} rows, {body.BytesWritten / 1048576.0:F1} MiB in {clock.ElapsedMilliseconds:N0} ms, " +
            $"{body.Writes:N0} writes; live heap {baseline / 1048576.0:F1} MiB before (the 100,002 claims in memory), peak growth {growth / 1048576.0:F2} MiB; allocated {allocated / 1048576.0:F0} MiB in all");

        Assert.Multiple(() =>
        {
            Assert.That(body.LineFeeds, Is.EqualTo(Orders * 3 + 1), "header and every ordered reward");
            Assert.That(httpContext.Response.ContentType, Is.EqualTo("text/csv; charset=utf-8"));
            Assert.That(httpContext.Response.Headers.ContentDisposition.ToString(), Does.StartWith("attachment; filename=aiq-rewards-audit-").And.EndWith(".csv"));
            Assert.That(httpContext.Response.Headers.CacheControl.ToString(), Is.EqualTo("no-store"));
            Assert.That(body.BytesWritten, Is.GreaterThan(8L * 1024 * 1024), "a file that buffering would have to hold");
            Assert.That(growth, Is.LessThan(5L * 1024 * 1024), "the export holds a page and a buffer, not the 10 MiB file");
        });
        activity.Verify(a => a.InsertActivityAsync("ExportOrders", "AIQ loyalty: rewards audit exported (store all, from the start to now).", It.IsAny<BaseEntity>()), Times.Once);
    }
}
