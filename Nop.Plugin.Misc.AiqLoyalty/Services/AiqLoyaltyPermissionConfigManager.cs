using Nop.Core.Domain.Customers;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AiqLoyalty.Services;

/// <summary>
/// The plugin's permissions: managing the integration, and redeeming rewards for a shopper (staff).
/// nopCommerce inserts them at start-up; the plugin also inserts them at install.
/// </summary>
public class AiqLoyaltyPermissionConfigManager : IPermissionConfigManager
{
    /// <summary>Configure the plugin, read the sync log and the audit export, retry failed work.</summary>
    public const string MANAGE_AIQ_LOYALTY = "Misc.AiqLoyalty.Manage";

    /// <summary>Verify a shopper by PIN and apply rewards to their cart (phone orders).</summary>
    public const string REDEEM_FOR_SHOPPER = "Misc.AiqLoyalty.RedeemForShopper";

    /// <summary>All permission configurations.</summary>
    public IList<PermissionConfig> AllConfigs => new List<PermissionConfig>
    {
        new("Admin area. Manage AIQ loyalty", MANAGE_AIQ_LOYALTY, nameof(StandardPermission.Configuration), NopCustomerDefaults.AdministratorsRoleName),
        new("Admin area. Redeem AIQ rewards for a shopper", REDEEM_FOR_SHOPPER, nameof(StandardPermission.Orders), NopCustomerDefaults.AdministratorsRoleName)
    };
}
