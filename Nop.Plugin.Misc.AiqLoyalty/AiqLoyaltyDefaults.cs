using Nop.Core.Caching;

namespace Nop.Plugin.Misc.AiqLoyalty;

/// <summary>
/// Names used across the plugin: system name, routes, permissions, task, tables, locale prefix.
/// </summary>
public static class AiqLoyaltyDefaults
{
    /// <summary>The plugin system name (plugin.json).</summary>
    public static string SystemName => "Misc.AiqLoyalty";

    /// <summary>The prefix of every locale resource the plugin installs.</summary>
    public static string LocalePrefix => "Plugins.Misc.AiqLoyalty";

    /// <summary>The configuration page route name.</summary>
    public static string ConfigurationRouteName => "Plugin.Misc.AiqLoyalty.Configure";

    /// <summary>The admin menu item system name.</summary>
    public static string AdminMenuSystemName => "Misc.AiqLoyalty.AdminMenu";

    /// <summary>The abandoned-cart task's type name (ScheduleTask.Type).</summary>
    public static string AbandonedCartTaskType => "Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCartSyncTask";

    /// <summary>The abandoned-cart task's display name.</summary>
    public static string AbandonedCartTaskName => "AIQ loyalty: send abandoned carts";

    /// <summary>The default task period in seconds.</summary>
    public static int AbandonedCartTaskPeriodSeconds => 15 * 60;

    /// <summary>The redemption worker task's type name.</summary>
    public static string RedemptionTaskType => "Nop.Plugin.Misc.AiqLoyalty.Services.Redemption.RedemptionTask";

    /// <summary>The redemption worker task's display name.</summary>
    public static string RedemptionTaskName => "AIQ loyalty: redeem rewards and return points";

    /// <summary>The redemption worker's period in seconds.</summary>
    public static int RedemptionTaskPeriodSeconds => 60;

    /// <summary>The message template that tells the store owner a reward claim needs attention.</summary>
    public static string ClaimNeedsAttentionTemplateName => "Plugins.Misc.AiqLoyalty.ClaimNeedsAttention.StoreOwnerNotification";

    /// <summary>The prefix of the discount names the plugin creates (used to find them at uninstall).</summary>
    public static string DiscountNamePrefix => "AIQ reward";

    /// <summary>The shopper's last wallet. {0}: store id, {1}: customer id.</summary>
    public static CacheKey WalletCacheKey => new("Nop.Plugin.Misc.AiqLoyalty.Wallet.{0}-{1}");

    /// <summary>The customer attribute holding the email the store validated at account activation.</summary>
    public static string ValidatedEmailAttribute => "AiqLoyalty.ValidatedEmail";

    /// <summary>How old a wallet may be when an order with rewards is confirmed (older: read again from AIQ).</summary>
    public static TimeSpan ConfirmWalletMaxAge => TimeSpan.FromMinutes(1);

    /// <summary>The route name of the rewards box's actions.</summary>
    public static string PublicRouteName => "Plugin.Misc.AiqLoyalty.Public";

    /// <summary>The public routes of the rewards box.</summary>
    public static string PublicRoutePrefix => "aiq-loyalty";

    /// <summary>The shopper's rewards page in the customer account.</summary>
    public static string AccountRouteName => "Plugin.Misc.AiqLoyalty.AccountRewards";

    /// <summary>The shopper's rewards page, a later page of its past orders.</summary>
    public static string AccountPagedRouteName => "Plugin.Misc.AiqLoyalty.AccountRewardsPaged";

    /// <summary>The rewards page's address in the customer account.</summary>
    public static string AccountRoutePath => "customer/aiq-rewards";

    /// <summary>
    /// The rewards page's tab in nopCommerce's account navigation (CustomerNavigationModel.SelectedTab):
    /// clear of nopCommerce's own tabs (0-150, CustomerNavigationEnum) and the official plugins' ones.
    /// </summary>
    public static int AccountMenuTab => 4260;

    /// <summary>The rewards page's menu item CSS class (the theme styles account menu items by class).</summary>
    public static string AccountMenuItemClass => "aiq-loyalty-rewards";

    /// <summary>Past-order rewards per page of the rewards page.</summary>
    public static int AccountPastOrdersPageSize => 10;

    /// <summary>The rewards box's stylesheet (Content/ in the plugin folder, served by nopCommerce as a static file).</summary>
    public static string RewardsBoxStylesheetPath => "~/Plugins/Misc.AiqLoyalty/Content/rewards-box.css";

    /// <summary>Table names (prefixed so they never collide with nopCommerce's).</summary>
    public static class Tables
    {
        /// <summary>Verification state per identity and per customer.</summary>
        public const string Verification = "AiqLoyaltyVerification";

        /// <summary>Reward claims and their redemption state.</summary>
        public const string RewardClaim = "AiqLoyaltyRewardClaim";

        /// <summary>One row per live claim key: the database enforces one live claim per reward per contact.</summary>
        public const string RewardClaimLock = "AiqLoyaltyRewardClaimLock";

        /// <summary>Signup consent records.</summary>
        public const string ConsentRecord = "AiqLoyaltyConsentRecord";

        /// <summary>Abandoned-cart sync log.</summary>
        public const string CartSync = "AiqLoyaltyCartSync";

        /// <summary>Atomic budgets: wrong codes and sends per client address, store-wide and per identity; signups without a code.</summary>
        public const string RateCounter = "AiqLoyaltyRateCounter";

        /// <summary>Every call to AIQ (the call log).</summary>
        public const string CallLog = "AiqLoyaltyCallLog";
    }

    /// <summary>
    /// Lengths of the plugin's text columns that code must respect before writing (MySQL/MariaDB and
    /// SQL Server refuse longer text; see <see cref="Services.StoredText"/>).
    /// </summary>
    public static class Columns
    {
        /// <summary>AiqLoyaltyRewardClaim.RewardName.</summary>
        public const int RewardNameLength = 400;

        /// <summary>AiqLoyaltyRewardClaim.LastError.</summary>
        public const int LastErrorLength = 1000;

        /// <summary>AiqLoyaltyRewardClaim.RedemptionUrl (the core refuses longer URLs).</summary>
        public const int RedemptionUrlLength = global::AiqLoyalty.Core.Offers.WalletOfferMapper.MaxRedemptionUrlLength;

        /// <summary>Ids AIQ sends (contact, template, POS discount; the core refuses longer ones).</summary>
        public const int IdLength = global::AiqLoyalty.Core.Validation.AiqIdentifier.MaxLength;

        /// <summary>nopCommerce's Discount.Name.</summary>
        public const int DiscountNameLength = 200;

        /// <summary>AiqLoyaltyCallLog.ContactMasked (a masked email keeps its domain: at most 254 characters).</summary>
        public const int ContactMaskedLength = 256;
    }
}
