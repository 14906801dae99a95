using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Models.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Mvc;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Exports;
using Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;
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
    private readonly INotificationService _notificationService;
    private readonly IRewardsAuditExporter _auditExporter;
    private readonly IRedemptionWorker _worker;
    private readonly IRepository<AiqRewardClaim> _claimRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public AiqLoyaltyOrderAdminController(ICustomerActivityService activityService,
        INotificationService notificationService,
        IRedemptionWorker worker,
        IRepository<AiqRewardClaim> claimRepository,
        IRewardsAuditExporter auditExporter)
    {
        _activityService = activityService;
        _notificationService = notificationService;
        _auditExporter = auditExporter;
        _worker = worker;
        _claimRepository = claimRepository;
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
        var message = $"AIQ reward \"{after.RewardName}\": {OrderRewardModel.From(after).State}{(string.IsNullOrEmpty(after.LastError) ? string.Empty : " — " + after.LastError)}";
        if (processed)
            _notificationService.SuccessNotification(message);
        else
            _notificationService.WarningNotification(message);
        return RedirectToAction("Edit", "Order", new { id = orderId });
    }

    /// <summary>The audit page: a date range and store for the CSV export.</summary>
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public IActionResult Audit() => View("~/Plugins/Misc.AiqLoyalty/Views/Orders/Audit.cshtml");

    /// <summary>
    /// CSV of rewards and points per order (AIQ's pointsDeduction) for a date range and store,
    /// streamed to the browser as it is read.
    /// </summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> ExportAudit(DateTime? fromUtc, DateTime? toUtc, int storeId)
    {
        // Logged before the first row leaves: a download cut short has still shown data.
        var store = storeId > 0 ? storeId.ToString(CultureInfo.InvariantCulture) : "all";
        var from = fromUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "the start";
        var to = toUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "now";
        await _activityService.InsertActivityAsync("ExportOrders", $"AIQ loyalty: rewards audit exported (store {store}, from {from} to {to}).");

        var rows = _auditExporter.GetRowsAsync(storeId, fromUtc, toUtc, HttpContext.RequestAborted);
        return new CsvFileResult<RewardsAuditRow>(_auditExporter.Csv, rows, ExportDefaults.RewardsAuditFileName(DateTime.UtcNow));
    }

    #endregion
}
