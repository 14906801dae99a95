using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Models.SyncLog;
using Nop.Plugin.Misc.AiqLoyalty.Mvc;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Exports;
using Nop.Services.Helpers;
using Nop.Services.Logging;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AiqLoyalty.Controllers;

/// <summary>The sync log as CSV, with the filters of the log page.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AiqLoyaltySyncLogExportController : BasePluginController
{
    #region Fields

    private readonly ICustomerActivityService _activityService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly ISyncLogExporter _exporter;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public AiqLoyaltySyncLogExportController(ICustomerActivityService activityService,
        IDateTimeHelper dateTimeHelper,
        ISyncLogExporter exporter)
    {
        _activityService = activityService;
        _dateTimeHelper = dateTimeHelper;
        _exporter = exporter;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Streams the rows that match the filters as CSV (contacts stay masked as in the grid). The
    /// dates are days in the admin's time zone; the "to" day counts whole, as in the grid.
    /// </summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> ExportCsv(SyncLogSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var timeZone = await _dateTimeHelper.GetCurrentTimeZoneAsync();
        DateTime? fromUtc = searchModel.CreatedFrom.HasValue ? _dateTimeHelper.ConvertToUtcTime(searchModel.CreatedFrom.Value, timeZone) : null;
        DateTime? toUtc = searchModel.CreatedTo.HasValue ? _dateTimeHelper.ConvertToUtcTime(searchModel.CreatedTo.Value, timeZone).AddDays(1) : null;
        CartSyncStatus? status = Enum.IsDefined(typeof(CartSyncStatus), searchModel.SearchStatusId) ? (CartSyncStatus)searchModel.SearchStatusId : null;

        // Logged before the first row leaves: a download cut short has still shown data.
        var store = searchModel.SearchStoreId > 0 ? searchModel.SearchStoreId.ToString(CultureInfo.InvariantCulture) : "all";
        var from = searchModel.CreatedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "the start";
        var to = searchModel.CreatedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "now";
        await _activityService.InsertActivityAsync("ExportCustomers",
            $"AIQ loyalty: abandoned-cart sync log exported (store {store}, status {status?.ToString() ?? "all"}, from {from} to {to}).");

        var rows = _exporter.GetRowsAsync(searchModel.SearchStoreId, status, fromUtc, toUtc, HttpContext.RequestAborted);
        return new CsvFileResult<SyncLogExportRow>(_exporter.Csv, rows, ExportDefaults.SyncLogFileName(DateTime.UtcNow));
    }

    #endregion
}
