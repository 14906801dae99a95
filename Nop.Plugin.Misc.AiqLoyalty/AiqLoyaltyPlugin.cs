using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Client;
using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Infrastructure;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Services.Cms;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Discounts;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Plugin.Misc.AiqLoyalty.Services.ScheduleTasks;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.AiqLoyalty;

/// <summary>
/// The AIQ loyalty plugin: a misc plugin (configuration, tasks, admin), a widget plugin (the
/// shopper's rewards box) and a discount requirement rule (a reward's discount works only for the
/// shopper who claimed it, while the claim is applied).
/// </summary>
public class AiqLoyaltyPlugin : BasePlugin, IMiscPlugin, IWidgetPlugin, IDiscountRequirementRule
{
    #region Fields

    private readonly ClaimAttentionTemplate _attentionTemplate;
    private readonly IAiqDiscountCleaner _discountCleaner;
    private readonly ILocalizationService _localizationService;
    private readonly INopUrlHelper _nopUrlHelper;
    private readonly IRewardClaimService _claimService;
    private readonly IPermissionService _permissionService;
    private readonly IAiqScheduleTaskManager _scheduleTaskManager;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;
    private readonly WidgetSettings _widgetSettings;

    #endregion

    #region Ctor

    /// <summary>Creates the plugin.</summary>
    public AiqLoyaltyPlugin(ClaimAttentionTemplate attentionTemplate,
        IAiqDiscountCleaner discountCleaner,
        ILocalizationService localizationService,
        INopUrlHelper nopUrlHelper,
        IRewardClaimService claimService,
        IPermissionService permissionService,
        IAiqScheduleTaskManager scheduleTaskManager,
        ISettingService settingService,
        IStoreContext storeContext,
        WidgetSettings widgetSettings)
    {
        _attentionTemplate = attentionTemplate;
        _discountCleaner = discountCleaner;
        _localizationService = localizationService;
        _nopUrlHelper = nopUrlHelper;
        _claimService = claimService;
        _permissionService = permissionService;
        _scheduleTaskManager = scheduleTaskManager;
        _settingService = settingService;
        _storeContext = storeContext;
        _widgetSettings = widgetSettings;
    }

    #endregion

    #region Methods

    /// <summary>The configuration page URL.</summary>
    public override string GetConfigurationPageUrl() => _nopUrlHelper.RouteUrl(AiqLoyaltyDefaults.ConfigurationRouteName);

    /// <summary>The widget zones the rewards box can render in (visibility per shopper is decided inside the component).</summary>
    public Task<IList<string>> GetWidgetZonesAsync() => Task.FromResult<IList<string>>(AiqLoyaltyWidgetZones.AllWithAdmin.ToList());

    /// <summary>The view component for a zone.</summary>
    public Type GetWidgetViewComponent(string widgetZone) => AiqLoyaltyWidgetZones.GetViewComponent(widgetZone);

    /// <summary>The requirement behind every reward discount: only the claiming shopper, in its store, while applied.</summary>
    public async Task<DiscountRequirementValidationResult> CheckRequirementAsync(DiscountRequirementValidationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DiscountRequirementValidationResult
        {
            IsValid = await _claimService.IsDiscountUsableAsync(request.DiscountRequirementId, request.Customer, request.Store?.Id ?? 0)
        };
    }

    /// <summary>The requirement has nothing to configure: the plugin creates and owns it.</summary>
    public string GetConfigurationUrl(int discountId, int? discountRequirementId) => null;

    /// <summary>
    /// Installs settings (the plugin off, the brand name the store's), locales, permissions, the
    /// scheduled tasks (off, like the plugin) and the widget.
    /// </summary>
    public override async Task InstallAsync()
    {
        var settings = CreateDefaultSettings();
        // The consent text names the brand: the store's name until the merchant changes it.
        settings.BrandName = (await _storeContext.GetCurrentStoreAsync())?.Name?.Trim();
        await _settingService.SaveSettingAsync(settings);
        await _localizationService.AddOrUpdateLocaleResourceAsync(AiqLoyaltyLocaleResources.All);
        await _permissionService.InsertPermissionsAsync();

        await _scheduleTaskManager.InstallAsync();
        await _attentionTemplate.InstallAsync();

        if (!_widgetSettings.ActiveWidgetSystemNames.Contains(AiqLoyaltyDefaults.SystemName))
        {
            _widgetSettings.ActiveWidgetSystemNames.Add(AiqLoyaltyDefaults.SystemName);
            await _settingService.SaveSettingAsync(_widgetSettings);
        }

        await base.InstallAsync();
    }

    /// <summary>
    /// Refreshes locales (new texts) and the scheduled tasks (new ones created, states set from the
    /// settings) when the plugin version changes; schema changes come as Update migrations.
    /// </summary>
    public override async Task UpdateAsync(string currentVersion, string targetVersion)
    {
        await _localizationService.AddOrUpdateLocaleResourceAsync(AiqLoyaltyLocaleResources.All);
        await _scheduleTaskManager.InstallAsync();
        await _attentionTemplate.InstallAsync();
        await base.UpdateAsync(currentVersion, targetVersion);
    }

    /// <summary>Removes everything the plugin added; its tables are dropped by its migrations afterwards.</summary>
    public override async Task UninstallAsync()
    {
        await _discountCleaner.DeleteAllPluginDiscountsAsync();

        await _settingService.DeleteSettingAsync<AiqLoyaltySettings>();

        await _scheduleTaskManager.UninstallAsync();
        await _attentionTemplate.UninstallAsync();

        await _permissionService.DeletePermissionAsync(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY);
        await _permissionService.DeletePermissionAsync(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER);

        if (_widgetSettings.ActiveWidgetSystemNames.Remove(AiqLoyaltyDefaults.SystemName))
            await _settingService.SaveSettingAsync(_widgetSettings);

        foreach (var prefix in AiqLoyaltyLocaleResources.Prefixes)
            await _localizationService.DeleteLocaleResourcesAsync(prefix);

        await base.UninstallAsync();
    }

    #endregion

    #region Utilities

    private static AiqLoyaltySettings CreateDefaultSettings() => new()
    {
        Enabled = false,
        BaseUrl = AiqClientOptions.DefaultBaseUrl,
        CountryId = 0,
        RedemptionModelId = (int)AiqRedemptionModel.RedeemOnOrder,
        RequirePin = true,
        CodeLifetimeMinutes = AiqLoyaltySettingLimits.CodeLifetimeMinutes.Default,
        ResendCooldownSeconds = AiqLoyaltySettingLimits.ResendCooldownSeconds.Default,
        MaxFailedAttempts = AiqLoyaltySettingLimits.MaxFailedAttempts.Default,
        LockoutMinutes = AiqLoyaltySettingLimits.LockoutMinutes.Default,
        VerifiedLifetimeMinutes = AiqLoyaltySettingLimits.VerifiedLifetimeMinutes.Default,
        MaxRewardsPerOrder = AiqLoyaltySettingLimits.MaxRewardsPerOrder.Default,
        AllowStackingWithStoreDiscounts = false,
        RequestTimeoutSeconds = AiqLoyaltySettingLimits.RequestTimeoutSeconds.Default,
        ReturnPointsOnRefund = true,
        AbandonedCartEnabled = false,
        AbandonedCartAudienceId = (int)CartAudience.MembersAndConsented,
        AbandonedCartConsentSourceId = (int)CartConsentSource.Newsletter,
        AbandonedCartGdprConsentId = 0,
        AiqStoreId = AiqLoyaltySettingLimits.AiqStoreId.Default,
        AbandonedCartIdleMinutes = AiqLoyaltySettingLimits.AbandonedCartIdleMinutes.Default,
        AbandonedCartMaxAgeDays = AiqLoyaltySettingLimits.AbandonedCartMaxAgeDays.Default,
        AbandonedCartRunIntervalMinutes = AiqLoyaltySettingLimits.AbandonedCartRunIntervalMinutes.Default,
        SyncLogRetentionDays = AiqLoyaltySettingLimits.SyncLogRetentionDays.Default,
        CallLogEnabled = true,
        ShowOnCartPage = true,
        ShowOnOnePageCheckout = true,
        ShowOnMultiStepCheckout = true
    };

    #endregion

    #region Properties

    /// <summary>The widget is managed from the plugin's own page.</summary>
    public bool HideInWidgetList => true;

    #endregion
}
