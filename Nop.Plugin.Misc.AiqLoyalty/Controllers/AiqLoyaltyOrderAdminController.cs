using AiqLoyalty.Core.Redemption;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Plugin.Misc.AiqLoyalty.Models.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Mvc;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Exports;
using Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AiqLoyalty.Controllers;

/// <summary>
/// Order-level AIQ actions for staff (retry a redemption or refund; mark redeemed, release or retry a
/// claim that needs attention; release a reward held for the POS), each permission-checked and logged,
/// and the auditors' CSV export.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AiqLoyaltyOrderAdminController : BasePluginController
{
    #region Fields

    private readonly ICustomerActivityService _activityService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IRewardsAuditExporter _auditExporter;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IStaffClaimActions _staffActions;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public AiqLoyaltyOrderAdminController(ICustomerActivityService activityService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IRepository<AiqRewardClaim> claimRepository,
        IRewardsAuditExporter auditExporter,
        IStaffClaimActions staffActions)
    {
        _activityService = activityService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _auditExporter = auditExporter;
        _claimRepository = claimRepository;
        _staffActions = staffActions;
    }

    #endregion

    #region Methods

    /// <summary>Runs the claim's next step now (redeem, settle an unknown outcome, or return points); for a claim that needs attention, tries its call again.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public Task<IActionResult> Retry(int claimId, int orderId) => ActAsync(claimId, orderId, StaffClaimAction.Retry);

    /// <summary>Staff checked AIQ and the points were taken: the claim needing attention is recorded as redeemed.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public Task<IActionResult> MarkRedeemed(int claimId, int orderId) => ActAsync(claimId, orderId, StaffClaimAction.MarkRedeemed);

    /// <summary>
    /// Releases a reward recorded for the POS (model B) once staff know the POS redeemed it, or will
    /// not; or a claim needing attention once staff know the shopper has the points (none taken, or given back).
    /// </summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public Task<IActionResult> Release(int claimId, int orderId) => ActAsync(claimId, orderId, StaffClaimAction.Release);

    /// <summary>The claims that need staff to decide, oldest first, each linking to its order.</summary>
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> NeedsAttention()
    {
        var claims = await _claimRepository.Table
            .Where(c => (c.StateId == (int)ClaimState.NeedsAttention || c.StateId == (int)ClaimState.RefundNeedsAttention))
            .OrderBy(c => c.UpdatedOnUtc).ThenBy(c => c.Id)
            .Take(500)
            .ToListAsync();
        return View("~/Plugins/Misc.AiqLoyalty/Views/Orders/NeedsAttention.cshtml", claims.Select(c => OrderRewardModel.From(c) with { OrderId = c.OrderId }).ToList());
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

    #region Utilities

    private async Task<IActionResult> ActAsync(int claimId, int orderId, StaffClaimAction action)
    {
        var before = await _claimRepository.GetByIdAsync(claimId);
        var outcome = await _staffActions.ApplyAsync(claimId, orderId, action);
        if (outcome == StaffClaimOutcome.NotFound)
            return RedirectToAction("Edit", "Order", new { id = orderId });

        var after = await _claimRepository.GetByIdAsync(claimId);
        if (before is null || after is null)
            return RedirectToAction("Edit", "Order", new { id = orderId });
        if (outcome == StaffClaimOutcome.Done)
        {
            await _activityService.InsertActivityAsync("EditOrder",
                $"AIQ loyalty: staff chose {action} on reward claim {claimId} (order {orderId}): {(ClaimState)before.StateId} -> {(ClaimState)after.StateId}.", after);
        }

        // The reward name and the error come from AIQ: the notification is always HTML-encoded.
        var text = await _localizationService.GetResourceAsync($"Plugins.Misc.AiqLoyalty.Orders.Action.{outcome}");
        var message = string.Format(text, after.RewardName, OrderRewardModel.From(after).State)
            + (string.IsNullOrEmpty(after.LastError) ? string.Empty : " — " + after.LastError);
        if (outcome == StaffClaimOutcome.Done)
            _notificationService.SuccessNotification(message, encode: true);
        else
            _notificationService.WarningNotification(message, encode: true);
        return RedirectToAction("Edit", "Order", new { id = orderId });
    }

    #endregion
}
