using AiqLoyalty.Core.Redemption;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.AiqLoyalty.Services;

/// <summary>Adds "AIQ loyalty" to the admin menu for staff with the plugin's permission, with the count of claims that need attention.</summary>
public class AdminMenuEventConsumer : BaseAdminMenuCreatedEventConsumer
{
    #region Fields

    private readonly IAdminMenu _adminMenu;
    private readonly ILocalizationService _localizationService;
    private readonly IPermissionService _permissionService;
    private readonly IRepository<AiqRewardClaim> _claimRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the consumer.</summary>
    public AdminMenuEventConsumer(IPluginManager<IPlugin> pluginManager,
        IAdminMenu adminMenu,
        ILocalizationService localizationService,
        IPermissionService permissionService,
        IRepository<AiqRewardClaim> claimRepository) : base(pluginManager)
    {
        _adminMenu = adminMenu;
        _localizationService = localizationService;
        _permissionService = permissionService;
        _claimRepository = claimRepository;
    }

    #endregion

    #region Utilities

    /// <summary>Staff who may manage the plugin, or redeem rewards for shoppers, see the entry.</summary>
    protected override async Task<bool> CheckAccessAsync() =>
        await _permissionService.AuthorizeAsync(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY)
        || await _permissionService.AuthorizeAsync(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER);

    /// <summary>The menu entry and its children.</summary>
    protected override async Task<AdminMenuItem> GetAdminMenuItemAsync(IPlugin plugin)
    {
        var manage = await _permissionService.AuthorizeAsync(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY);
        var redeem = await _permissionService.AuthorizeAsync(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER);
        var needingAttention = manage ? await _claimRepository.Table.CountAsync(c => (c.StateId == (int)ClaimState.NeedsAttention || c.StateId == (int)ClaimState.RefundNeedsAttention)) : 0;
        return new()
    {
        Visible = true,
        SystemName = AiqLoyaltyDefaults.AdminMenuSystemName,
        Title = await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Menu.Title"),
        IconClass = "far fa-star",
        ChildNodes = new List<AdminMenuItem>
        {
            new()
            {
                Visible = manage,
                SystemName = $"{AiqLoyaltyDefaults.AdminMenuSystemName}.Configuration",
                Title = await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Menu.Configuration"),
                Url = plugin.GetConfigurationPageUrl(),
                IconClass = "far fa-circle"
            },
            new()
            {
                Visible = manage,
                SystemName = $"{AiqLoyaltyDefaults.AdminMenuSystemName}.NeedsAttention",
                Title = string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Menu.NeedsAttention"), needingAttention),
                Url = _adminMenu.GetMenuItemUrl("AiqLoyaltyOrderAdmin", "NeedsAttention"),
                IconClass = needingAttention > 0 ? "fas fa-exclamation-triangle" : "far fa-circle"
            },
            new()
            {
                Visible = manage,
                SystemName = $"{AiqLoyaltyDefaults.AdminMenuSystemName}.SyncLog",
                Title = await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Menu.SyncLog"),
                Url = _adminMenu.GetMenuItemUrl(AbandonedCarts.AbandonedCartDefaults.SyncLogController, "List"),
                IconClass = "far fa-circle"
            },
            new()
            {
                Visible = manage,
                SystemName = $"{AiqLoyaltyDefaults.AdminMenuSystemName}.CallLog",
                Title = await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Menu.CallLog"),
                Url = _adminMenu.GetMenuItemUrl(CallLog.CallLogDefaults.Controller, "List"),
                IconClass = "far fa-circle"
            },
            new()
            {
                Visible = manage,
                SystemName = $"{AiqLoyaltyDefaults.AdminMenuSystemName}.Audit",
                Title = await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Menu.Audit"),
                Url = _adminMenu.GetMenuItemUrl("AiqLoyaltyOrderAdmin", "Audit"),
                IconClass = "far fa-circle"
            },
            new()
            {
                Visible = redeem,
                SystemName = $"{AiqLoyaltyDefaults.AdminMenuSystemName}.Staff",
                Title = await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Menu.Staff"),
                Url = _adminMenu.GetMenuItemUrl("AiqLoyaltyStaff", "Redeem"),
                IconClass = "far fa-circle"
            }
        }
    };
    }

    #endregion

    #region Properties

    /// <summary>The plugin.</summary>
    protected override string PluginSystemName => AiqLoyaltyDefaults.SystemName;

    /// <summary>Placed before "Local plugins".</summary>
    protected override string BeforeMenuSystemName => "Local plugins";

    #endregion
}
