using Nop.Core.Configuration;

namespace Nop.Plugin.Misc.AiqLoyalty;

/// <summary>
/// The plugin's settings; every property can be overridden per store.
/// </summary>
public class AiqLoyaltySettings : ISettings
{
    /// <summary>Whether the plugin is active for the store.</summary>
    public bool Enabled { get; set; }

    /// <summary>The AIQ API key, encrypted with the store's encryption key; never shown back.</summary>
    public string ApiKeyEncrypted { get; set; }

    /// <summary>The AIQ account id (UID).</summary>
    public string Uid { get; set; }

    /// <summary>The AIQ API base URL (AIQ's host, or the local sandbox on loopback).</summary>
    public string BaseUrl { get; set; }

    /// <summary>The brand name shown in the consent text.</summary>
    public string BrandName { get; set; }

    /// <summary>The country (decides the consent wording): 0 United States, 1 Canada.</summary>
    public int CountryId { get; set; }

    /// <summary>The redemption model: 1 = A, redeem when the order is placed; 2 = B, record for the POS.</summary>
    public int RedemptionModelId { get; set; }

    /// <summary>Whether a PIN texted by AIQ is required before the wallet is shown.</summary>
    public bool RequirePin { get; set; }

    /// <summary>
    /// AIQ's "skip 2FA for new shoppers": a shopper who just joined sees the wallet without a code.
    /// Off by default (anyone could join a stranger's number and take its welcome gift); even on, at
    /// most one such signup per customer and per client address a day.
    /// </summary>
    public bool SkipPinForNewMembers { get; set; }

    /// <summary>How long a texted code stays valid, in minutes.</summary>
    public int CodeLifetimeMinutes { get; set; }

    /// <summary>How long a shopper waits before asking for another code, in seconds.</summary>
    public int ResendCooldownSeconds { get; set; }

    /// <summary>Wrong codes allowed before a lockout.</summary>
    public int MaxFailedAttempts { get; set; }

    /// <summary>How long a lockout lasts, in minutes.</summary>
    public int LockoutMinutes { get; set; }

    /// <summary>How long a verification lasts, in minutes.</summary>
    public int VerifiedLifetimeMinutes { get; set; }

    /// <summary>The most rewards one order may use.</summary>
    public int MaxRewardsPerOrder { get; set; }

    /// <summary>Whether rewards combine with the store's other discounts.</summary>
    public bool AllowStackingWithStoreDiscounts { get; set; }

    /// <summary>Time allowed for one AIQ call, in seconds (no page waits longer).</summary>
    public int RequestTimeoutSeconds { get; set; }

    /// <summary>Whether a full refund gives the points back.</summary>
    public bool ReturnPointsOnRefund { get; set; }

    /// <summary>Whether abandoned carts are sent to AIQ.</summary>
    public bool AbandonedCartEnabled { get; set; }

    /// <summary>
    /// Whose carts go to AIQ (AiqLoyalty.Core.Carts.CartAudience): 0, the default for new and upgraded
    /// installs alike (a missing setting reads as 0), sends only AIQ members the store knows and
    /// customers who gave marketing consent; 1 sends everyone with a phone or email.
    /// </summary>
    public int AbandonedCartAudienceId { get; set; }

    /// <summary>What counts as marketing consent (AiqLoyalty.Core.Carts.CartConsentSource): 0 newsletter subscription, 1 a GDPR consent, 2 either.</summary>
    public int AbandonedCartConsentSourceId { get; set; }

    /// <summary>The nopCommerce GDPR consent whose "agree" counts as marketing consent (0: none chosen).</summary>
    public int AbandonedCartGdprConsentId { get; set; }

    /// <summary>AIQ's id of this store (an integer in AIQ's store list), sent with each cart; 0 when not mapped.</summary>
    public int AiqStoreId { get; set; }

    /// <summary>Minutes without a cart change before a cart counts as abandoned.</summary>
    public int AbandonedCartIdleMinutes { get; set; }

    /// <summary>Carts older than this many days are not sent.</summary>
    public int AbandonedCartMaxAgeDays { get; set; }

    /// <summary>How often the abandoned-cart task runs, in minutes (store-wide).</summary>
    public int AbandonedCartRunIntervalMinutes { get; set; }

    /// <summary>
    /// How long the plugin keeps its logs, in days: the daily retention task deletes sync log rows,
    /// call log rows and ended verification rows older than this (named after the first log it
    /// governed; the name is kept so stores keep their value).
    /// </summary>
    public int SyncLogRetentionDays { get; set; }

    /// <summary>Whether every call to AIQ is recorded in the call log.</summary>
    public bool CallLogEnabled { get; set; }

    /// <summary>Show the rewards widget on the shopping cart page.</summary>
    public bool ShowOnCartPage { get; set; }

    /// <summary>Show the rewards widget in one-page checkout.</summary>
    public bool ShowOnOnePageCheckout { get; set; }

    /// <summary>Show the rewards widget in multi-step checkout.</summary>
    public bool ShowOnMultiStepCheckout { get; set; }
}
