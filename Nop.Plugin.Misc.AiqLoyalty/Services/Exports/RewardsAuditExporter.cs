using System.Runtime.CompilerServices;
using AiqLoyalty.Core.Export;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Models.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>Reads the rewards audit with keyset pages over (order, claim), so its memory stays one page.</summary>
public class RewardsAuditExporter : IRewardsAuditExporter
{
    #region Fields

    private static readonly CsvExportWriter<RewardsAuditRow> Columns = new(
    [
        CsvColumn<RewardsAuditRow>.Integer("OrderId", row => row.Claim.OrderId),
        CsvColumn<RewardsAuditRow>.Integer("StoreId", row => row.Claim.StoreId),
        CsvColumn<RewardsAuditRow>.Integer("CustomerId", row => row.Claim.CustomerId),
        CsvColumn<RewardsAuditRow>.Text("Reward", row => row.Claim.RewardName),
        CsvColumn<RewardsAuditRow>.Text("TemplateId", row => row.Claim.TemplateId),
        CsvColumn<RewardsAuditRow>.Text("PosDiscountId", row => row.Claim.PosDiscountId),
        CsvColumn<RewardsAuditRow>.Integer("PointsDeduction", row => row.Claim.PointsDeduction),
        CsvColumn<RewardsAuditRow>.Integer("OrderPointsDeduction", row => row.OrderPointsDeduction),
        CsvColumn<RewardsAuditRow>.Text("Status", row => OrderRewardModel.From(row.Claim).State),
        CsvColumn<RewardsAuditRow>.Text("RedemptionModel", row => row.Claim.RedemptionModelId == (int)AiqRedemptionModel.RecordForPos ? "B" : "A"),
        CsvColumn<RewardsAuditRow>.UtcTime("ClaimedOnUtc", row => row.Claim.CreatedOnUtc),
        CsvColumn<RewardsAuditRow>.UtcTime("RedeemedOnUtc", row => row.Claim.RedeemedOnUtc),
        CsvColumn<RewardsAuditRow>.UtcTime("PointsReturnedOnUtc", row => row.Claim.RefundedOnUtc)
    ]);

    private readonly IRepository<AiqRewardClaim> _claimRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the exporter.</summary>
    public RewardsAuditExporter(IRepository<AiqRewardClaim> claimRepository)
    {
        _claimRepository = claimRepository;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public CsvExportWriter<RewardsAuditRow> Csv => Columns;

    /// <inheritdoc />
    public async IAsyncEnumerable<RewardsAuditRow> GetRowsAsync(int storeId, DateTime? fromUtc, DateTime? toUtc,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = _claimRepository.Table.Where(claim => claim.OrderId != null);
        if (storeId > 0)
            query = query.Where(claim => claim.StoreId == storeId);
        if (fromUtc is { } from)
            query = query.Where(claim => claim.CreatedOnUtc >= from);
        if (toUtc is { } to)
        {
            var end = to.Date.AddDays(1);
            query = query.Where(claim => claim.CreatedOnUtc < end);
        }

        // The order total needs all of an order's rewards, which arrive together (sorted by order) but
        // may straddle two pages: an order is written once its last reward has been read.
        var order = new List<AiqRewardClaim>();
        var (lastOrderId, lastId) = (0, 0);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (afterOrderId, afterId) = (lastOrderId, lastId);
            var page = await query
                .Where(claim => claim.OrderId > afterOrderId || (claim.OrderId == afterOrderId && claim.Id > afterId))
                .OrderBy(claim => claim.OrderId).ThenBy(claim => claim.Id)
                .Take(ExportDefaults.PageSize)
                .ToListAsync();

            foreach (var claim in page)
            {
                if (order.Count > 0 && order[0].OrderId != claim.OrderId)
                {
                    foreach (var row in RowsOf(order))
                        yield return row;
                    order.Clear();
                }

                order.Add(claim);
            }

            if (page.Count < ExportDefaults.PageSize)
                break;
            (lastOrderId, lastId) = (page[^1].OrderId ?? 0, page[^1].Id);
        }

        foreach (var row in RowsOf(order))
            yield return row;
    }

    #endregion

    #region Utilities

    private static RewardsAuditRow[] RowsOf(List<AiqRewardClaim> order)
    {
        var total = order.Sum(claim => claim.PointsDeduction);
        return order.Select(claim => new RewardsAuditRow(claim, total)).ToArray();
    }

    #endregion
}
