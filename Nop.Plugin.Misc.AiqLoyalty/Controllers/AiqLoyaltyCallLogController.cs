using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AiqLoyalty.Factories;
using Nop.Plugin.Misc.AiqLoyalty.Models.CallLog;
using Nop.Plugin.Misc.AiqLoyalty.Mvc;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Plugin.Misc.AiqLoyalty.Services.Exports;
using Nop.Services.Logging;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AiqLoyalty.Controllers;

/// <summary>The AIQ call log: grid with filters and CSV export.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AiqLoyaltyCallLogController : BasePluginController
{
    #region Fields

    private readonly ICallLogExporter _exporter;
    private readonly ICallLogModelFactory _modelFactory;
    private readonly ICustomerActivityService _activityService;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public AiqLoyaltyCallLogController(ICallLogExporter exporter,
        ICallLogModelFactory modelFactory,
        ICustomerActivityService activityService,
        TimeProvider timeProvider)
    {
        _exporter = exporter;
        _modelFactory = modelFactory;
        _activityService = activityService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Methods

    /// <summary>The call log page; filters given in the query string (the dashboard's links) are preset.</summary>
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> List(CallLogSearchModel searchModel)
    {
        searchModel ??= new CallLogSearchModel();
        ModelState.Clear();
        var model = await _modelFactory.PrepareSearchModelAsync(searchModel);
        return View(CallLogDefaults.ListView, model);
    }

    /// <summary>One page of the grid.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> LogList(CallLogSearchModel searchModel)
    {
        var model = await _modelFactory.PrepareListModelAsync(searchModel);
        return Json(model);
    }

    /// <summary>Streams the calls that match the filters as CSV (contacts masked as in the grid; no key, no URL).</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> ExportCsv(CallLogSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var filter = await _modelFactory.ToFilterAsync(searchModel);

        // Logged before the first row leaves: a download cut short has still shown data.
        var store = filter.StoreId > 0 ? filter.StoreId.ToString(CultureInfo.InvariantCulture) : "all";
        var from = searchModel.StartedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "the start";
        var to = searchModel.StartedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "now";
        await _activityService.InsertActivityAsync("ExportCustomers",
            $"AIQ loyalty: call log exported (store {store}, operation {filter.Operation?.ToString() ?? "all"}, outcome {filter.Outcome?.ToString() ?? "all"}, from {from} to {to}).");

        var rows = _exporter.GetRowsAsync(filter, HttpContext.RequestAborted);
        return new CsvFileResult<CallLogExportRow>(_exporter.Csv, rows, CallLogDefaults.FileName(_timeProvider.GetUtcNow().UtcDateTime));
    }

    #endregion
}
