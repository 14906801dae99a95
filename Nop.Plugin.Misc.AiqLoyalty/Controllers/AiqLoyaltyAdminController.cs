using AiqLoyalty.Core.Client;
using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.AiqLoyalty.Factories;
using Nop.Plugin.Misc.AiqLoyalty.Models;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.ScheduleTasks;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AiqLoyalty.Controllers;

/// <summary>The plugin's configuration page and its credentials test.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AiqLoyaltyAdminController : BasePluginController
{
    #region Fields

    private readonly IAiqClientProvider _clientProvider;
    private readonly IAiqLoyaltyModelFactory _modelFactory;
    private readonly IAiqScheduleTaskManager _scheduleTaskManager;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public AiqLoyaltyAdminController(IAiqClientProvider clientProvider,
        IAiqLoyaltyModelFactory modelFactory,
        IAiqScheduleTaskManager scheduleTaskManager,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService,
        IStoreContext storeContext)
    {
        _clientProvider = clientProvider;
        _modelFactory = modelFactory;
        _scheduleTaskManager = scheduleTaskManager;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
        _storeContext = storeContext;
    }

    #endregion

    #region Methods

    /// <summary>Shows the configuration page for the active store scope.</summary>
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> Configure()
    {
        var model = await _modelFactory.PrepareConfigurationModelAsync();
        return View("~/Plugins/Misc.AiqLoyalty/Views/Configure.cshtml", model);
    }

    /// <summary>Saves the configuration; a typed API key replaces the saved one, an empty box keeps it.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> Configure(ConfigurationModel model)
    {
        if (!ModelState.IsValid)
        {
            // Nothing is saved; the merchant's input stays on the page with the errors (except the key).
            return View("~/Plugins/Misc.AiqLoyalty/Views/Configure.cshtml", await _modelFactory.PrepareConfigurationModelAsync(model));
        }

        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeScope);
        var keyTyped = !string.IsNullOrWhiteSpace(model.ApiKey);

        foreach (var (modelProperty, settingsProperty) in ConfigurationModelMapping.Properties)
        {
            if (modelProperty.Name == nameof(ConfigurationModel.ApiKey))
            {
                if (keyTyped)
                    settings.ApiKeyEncrypted = _clientProvider.ProtectApiKey(model.ApiKey);
            }
            else
            {
                var value = modelProperty.GetValue(model);
                settingsProperty.SetValue(settings, value is string text ? text.Trim() : value);
            }

            var overrideForStore = (bool)ConfigurationModelMapping.OverrideFlag(modelProperty).GetValue(model)!;
            if (modelProperty.Name == nameof(ConfigurationModel.ApiKey) && keyTyped)
                overrideForStore = true;
            await OverridableSettings.SaveAsync(_settingService, settings, settingsProperty.Name, overrideForStore, storeScope);
        }

        await _settingService.ClearCacheAsync();
        await _scheduleTaskManager.SynchronizeAsync();

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Admin.Plugins.Saved"));
        // The plugin's own address (Admin/AiqLoyalty/Configure), not the conventional one the action would give.
        return RedirectToRoute(AiqLoyaltyDefaults.ConfigurationRouteName);
    }

    /// <summary>
    /// Tests the credentials typed on the page (falling back to the saved ones) without saving them,
    /// and answers in words a merchant understands. Never echoes the key.
    /// </summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)]
    public async Task<IActionResult> TestConnection(ConfigurationModel model)
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeScope);
        if (!string.IsNullOrWhiteSpace(model?.Uid))
            settings.Uid = model.Uid.Trim();
        if (!string.IsNullOrWhiteSpace(model?.BaseUrl))
            settings.BaseUrl = model.BaseUrl.Trim();

        var check = await _clientProvider.GetClient(settings, storeScope, model?.ApiKey).TestConnectionAsync(HttpContext.RequestAborted);
        var message = await _localizationService.GetResourceAsync($"Plugins.Misc.AiqLoyalty.TestConnection.{check.Outcome}");
        if (check.Outcome == ConnectionCheckOutcome.InvalidSettings)
            message = string.Format(message, check.Detail);

        return Json(new { success = check.Succeeded, outcome = check.Outcome.ToString(), message });
    }

    #endregion
}
