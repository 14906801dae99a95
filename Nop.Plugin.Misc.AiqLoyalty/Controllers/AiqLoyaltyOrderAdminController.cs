using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Models.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AiqLoyalty.Controllers;

/// <summary>Order-level AIQ actions for staff: retry a redemption or refund, and the auditors' CSV export.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AiqLoyaltyOrderAdminController : BasePluginController
{
    #region Fields

    private readonly ICustomerActivityService _activityService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IRedemptionWorker _worker;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IRewardClaimService _claimService;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public AiqLoyaltyOrderAdminController(ICustomerActivityService activityService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IRedemptionWorker worker,
        IRepository<AiqRewardClaim> claimRepository,
        IRewardClaimService claimService)
    {
        _activityService = activityService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _worker = worker;
        _claimRepository = claimRepository;
        _claimService = claimService;
    }

    #endregion

    #region Methods

    /// <summary>Runs the claim's next step now (redeem, settle an unknown outcome, or return points).</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> Retry(int claimId, int orderId)
    {
        var claim = await _claimRepository.GetByIdAsync(claimId);
        if (claim is null || claim.OrderId != orderId)
            return RedirectToAction("Edit", "Order", new { id = orderId });

        claim.NextAttemptOnUtc = null;
        await _claimRepository.UpdateAsync(claim, publishEvent: false);
        var processed = await _worker.ProcessClaimAsync(claimId);
        await _activityService.InsertActivityAsync("EditOrder", $"AIQ loyalty: staff retried reward claim {claimId} (order {orderId}).", claim);

        var after = await _claimRepository.GetByIdAsync(claimId);
        // The reward name and the error come from AIQ: the notification is always HTML-encoded.
        var message = $"AIQ reward \"{after.RewardName}\": {OrderRewardModel.From(after).State}{(string.IsNullOrEmpty(after.LastError) ? string.Empty : " — " + after.LastError)}";
        if (processed)
            _notificationService.SuccessNotification(message, encode: true);
        else
            _notificationService.WarningNotification(message, encode: true);
        return RedirectToAction("Edit", "Order", new { id = orderId });
    }

    /// <summary>
    /// Releases a reward recorded for the POS (model B) once staff know the POS redeemed it, or will
    /// not: until then it stays held and cannot be applied online again.
    /// </summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> Release(int claimId, int orderId)
    {
        var claim = await _claimRepository.GetByIdAsync(claimId);
        if (claim is null || claim.OrderId != orderId)
            return RedirectToAction("Edit", "Order", new { id = orderId });

        var released = await _claimService.ReleaseHeldForPosAsync(claimId);
        if (released)
            await _activityService.InsertActivityAsync("EditOrder", $"AIQ loyalty: staff released reward claim {claimId} held for the POS (order {orderId}).", claim);
        var text = await _localizationService.GetResourceAsync(released ? "Plugins.Misc.AiqLoyalty.Orders.Released" : "Plugins.Misc.AiqLoyalty.Orders.NotReleased");
        var message = string.Format(text, claim.RewardName);
        if (released)
            _notificationService.SuccessNotification(message, encode: true);
        else
            _notificationService.WarningNotification(message, encode: true);
        return RedirectToAction("Edit", "Order", new { id = orderId });
    }

    /// <summary>The audit page: a date range and store for the CSV export.</summary>
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public IActionResult Audit() => View("~/Plugins/Misc.AiqLoyalty/Views/Orders/Audit.cshtml");

    /// <summary>CSV of rewards and points per order (AIQ's pointsDeduction) for a date range and store.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> ExportAudit(DateTime? fromUtc, DateTime? toUtc, int storeId)
    {
        var query = _claimRepository.Table.Where(c => c.OrderId != null);
        if (storeId > 0)
            query = query.Where(c => c.StoreId == storeId);
        if (fromUtc is { } from)
            query = query.Where(c => c.CreatedOnUtc >= from);
        if (toUtc is { } to)
            query = query.Where(c => c.CreatedOnUtc < to.Date.AddDays(1));
        var claims = await query.OrderBy(c => c.OrderId).ThenBy(c => c.Id).ToListAsync();

        var totals = claims.GroupBy(c => c.OrderId).ToDictionary(g => g.Key, g => g.Sum(c => c.PointsDeduction));
        var csv = new StringBuilder("OrderId,StoreId,CustomerId,Reward,TemplateId,PosDiscountId,PointsDeduction,OrderPointsDeduction,Status,RedemptionModel,ClaimedOnUtc,RedeemedOnUtc,PointsReturnedOnUtc\n");
        foreach (var c in claims)
        {
            csv.AppendLine(string.Join(",",
                c.OrderId, c.StoreId, c.CustomerId, Field(c.RewardName), Field(c.TemplateId), Field(c.PosDiscountId),
                c.PointsDeduction, totals[c.OrderId], OrderRewardModel.From(c).State, c.RedemptionModelId == 2 ? "B" : "A",
                Date(c.CreatedOnUtc), Date(c.RedeemedOnUtc), Date(c.RefundedOnUtc)));
        }

        await _activityService.InsertActivityAsync("ExportOrders", $"AIQ loyalty: rewards audit exported ({claims.Count} rows).");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"aiq-rewards-audit-{DateTime.UtcNow:yyyyMMddHHmmss}.csv");
    }

    #endregion

    #region Utilities

    /// <summary>Quotes a CSV field and neutralises spreadsheet formulas (names come from AIQ).</summary>
    private static string Field(string value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;
        if ("=+-@\t\r".Contains(value[0]))
            value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? string.Empty;

    #endregion
}
