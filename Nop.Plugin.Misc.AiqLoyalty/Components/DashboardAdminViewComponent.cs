using System.Globalization;
using AiqLoyalty.Core.Client;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Models.Dashboard;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Plugin.Misc.AiqLoyalty.Services.Dashboard;
using Nop.Services.Helpers;
using Nop.Services.Security;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.AiqLoyalty.Components;

/// <summary>
/// The AIQ loyalty block on nopCommerce's admin dashboard: today's and the last 7 days' figures, each
/// linking to the grid behind it. Rendered from the plugin's tables (no AIQ call), only for staff
/// who may manage the plugin.
/// </summary>
public class DashboardAdminViewComponent : NopViewComponent
{
    #region Fields

    private readonly IDashboardFigures _figures;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IPermissionService _permissionService;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    /// <summary>Creates the component.</summary>
    public DashboardAdminViewComponent(IDashboardFigures figures,
        IDateTimeHelper dateTimeHelper,
        IPermissionService permissionService,
        TimeProvider timeProvider)
    {
        _figures = figures;
        _dateTimeHelper = dateTimeHelper;
        _permissionService = permissionService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Methods

    /// <summary>Renders the block, or nothing for staff without the plugin's permission.</summary>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (!await _permissionService.AuthorizeAsync(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY))
            return Content(string.Empty);

        // "Today" is the admin's day, as in nopCommerce's own dashboard reports.
        var timeZone = await _dateTimeHelper.GetCurrentTimeZoneAsync();
        var localNow = await _dateTimeHelper.ConvertToUserTimeAsync(_timeProvider.GetUtcNow().UtcDateTime, DateTimeKind.Utc);
        var todayFromUtc = _dateTimeHelper.ConvertToUtcTime(localNow.Date, timeZone);
        var figures = await _figures.GetAsync(todayFromUtc);

        return View(DashboardDefaults.View, PrepareModel(figures, localNow.Date, localNow.Date.AddDays(1 - DashboardDefaults.WeekDays)));
    }

    #endregion

    #region Utilities

    private DashboardModel PrepareModel(DashboardFigureSet figures, DateTime today, DateTime weekStart)
    {
        var audit = Url.Action("Audit", "AiqLoyaltyOrderAdmin", new { area = "Admin" });
        var needsAttention = Url.Action("NeedsAttention", "AiqLoyaltyOrderAdmin", new { area = "Admin" });
        string SyncLog(CartSyncStatus status, DateTime from) =>
            Url.Action("List", AbandonedCartDefaults.SyncLogController, new { area = "Admin", SearchStatusId = (int)status, CreatedFrom = Day(from) });
        string CallErrors(DateTime from) =>
            Url.Action("List", CallLogDefaults.Controller, new { area = "Admin", SearchOutcomeId = (int)AiqCallOutcome.Error, StartedFrom = Day(from) });

        DashboardFigureModel Line(string resource, Func<DashboardWindow, long> value, string todayUrl, string weekUrl, bool alert = false) => new()
        {
            LabelResource = $"Plugins.Misc.AiqLoyalty.Dashboard.{resource}",
            Today = value(figures.Today),
            Week = value(figures.Week),
            TodayUrl = todayUrl,
            WeekUrl = weekUrl,
            Alert = alert
        };

        return new DashboardModel
        {
            Figures =
            [
                Line("RewardsApplied", w => w.RewardsApplied, audit, audit),
                Line("Redeemed", w => w.Redeemed, audit, audit),
                Line("PointsDeducted", w => w.PointsDeducted, audit, audit),
                Line("PointsReturned", w => w.PointsReturned, audit, audit),
                // Not a window: every claim waiting for staff counts, today and this week alike.
                Line("NeedsAttention", _ => figures.NeedsAttention, needsAttention, needsAttention, alert: true),
                Line("CartsSent", w => w.CartsSent, SyncLog(CartSyncStatus.Sent, today), SyncLog(CartSyncStatus.Sent, weekStart)),
                Line("CartsFailed", w => w.CartsFailed, SyncLog(CartSyncStatus.Failed, today), SyncLog(CartSyncStatus.Failed, weekStart), alert: true),
                Line("CartsSkipped", w => w.CartsSkipped, SyncLog(CartSyncStatus.Skipped, today), SyncLog(CartSyncStatus.Skipped, weekStart)),
                Line("CartsNoConsent", w => w.CartsNoConsent, SyncLog(CartSyncStatus.SkippedNoConsent, today), SyncLog(CartSyncStatus.SkippedNoConsent, weekStart)),
                Line("AiqErrors", w => w.AiqErrors, CallErrors(today), CallErrors(weekStart), alert: true)
            ]
        };
    }

    /// <summary>A day as the grids' date filters read it from the query string (culture-invariant).</summary>
    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    #endregion
}
