using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.AiqLoyalty.Factories;
using Nop.Plugin.Misc.AiqLoyalty.Models.SyncLog;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Services.Localization;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AiqLoyalty.Controllers;

/// <summary>The abandoned-cart sync log: grid, retry, run now, purge.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AiqLoyaltySyncLogController : BasePluginController
{
    #region Fields

    private readonly IAbandonedCartSyncLog _syncLog;
    private readonly IAbandonedCartSyncService _syncService;
    private readonly ILocalizationService _localizationService;
    private readonly IStoreContext _storeContext;
    private readonly ISyncLogModelFactory _modelFactory;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public AiqLoyaltySyncLogController(IAbandonedCartSyncLog syncLog,
        IAbandonedCartSyncService syncService,
        ILocalizationService localizationService,
        IStoreContext storeContext,
        ISyncLogModelFactory modelFactory)
    {
        _syncLog = syncLog;
        _syncService = syncService;
        _localizationService = localizationService;
        _storeContext = storeContext;
        _modelFactory = modelFactory;
    }

    #endregion

    #region Methods

    /// <summary>The sync log page; filters given in the query string (the dashboard's links) are preset.</summary>
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> List(SyncLogSearchModel searchModel)
    {
        ModelState.Clear();
        var model = await _modelFactory.PrepareSearchModelAsync(searchModel ?? new SyncLogSearchModel());
        return View(AbandonedCartDefaults.SyncLogListView, model);
    }

    /// <summary>One page of the grid.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> LogList(SyncLogSearchModel searchModel)
    {
        var model = await _modelFactory.PrepareListModelAsync(searchModel);
        return Json(model);
    }

    /// <summary>Sets the selected failed rows to Retrying, due now.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> Retry(ICollection<int> selectedIds)
    {
        if (selectedIds is null || selectedIds.Count == 0)
            return NoContent();

        var count = await _syncLog.RetryAsync(selectedIds);
        var message = string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.SyncLog.Retry.Done"), count);
        return Json(new { success = true, count, message });
    }

    /// <summary>Runs the sync now for the active store scope (all stores when none is chosen) and reports the counts.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> RunNow()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var result = await _syncService.RunAsync(storeScope, HttpContext.RequestAborted);

        var message = string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.SyncLog.RunNow.Done"),
            result.Selected, result.Sent, result.Unchanged, result.Retrying, result.Failed, result.Skipped, result.Recovered);
        if (result.Stopped)
            message += " " + string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.SyncLog.RunNow.Stopped"), result.StopReason);

        return Json(new
        {
            success = true,
            message,
            selected = result.Selected,
            sent = result.Sent,
            unchanged = result.Unchanged,
            retrying = result.Retrying,
            failed = result.Failed,
            skipped = result.Skipped,
            recovered = result.Recovered,
            stopped = result.Stopped,
            stopReason = result.StopReason
        });
    }

    /// <summary>Deletes rows older than each store's retention.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> Purge()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var count = await _syncService.PurgeAsync(storeScope);
        var message = string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.SyncLog.Purge.Done"), count);
        return Json(new { success = true, count, message });
    }

    #endregion
}
