using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AiqLoyalty.Models;

/// <summary>
/// The configuration page. The API key is write-only: the page shows whether one is saved and an
/// empty box; a typed value replaces the saved key.
/// </summary>
public record ConfigurationModel : BaseNopModel
{
    /// <summary>The store scope being edited (0 = all stores).</summary>
    public int ActiveStoreScopeConfiguration { get; set; }

    /// <summary>Whether an API key is saved for this scope.</summary>
    public bool ApiKeySet { get; set; }

    /// <summary>The consent text shoppers will read, with the saved brand and country.</summary>
    public string ConsentTextPreview { get; set; }

    /// <summary>Country choices.</summary>
    public IList<SelectListItem> AvailableCountries { get; set; } = new List<SelectListItem>();

    /// <summary>Abandoned-cart audience choices.</summary>
    public IList<SelectListItem> AvailableCartAudiences { get; set; } = new List<SelectListItem>();

    /// <summary>Marketing consent source choices.</summary>
    public IList<SelectListItem> AvailableConsentSources { get; set; } = new List<SelectListItem>();

    /// <summary>The store's GDPR consents (Configuration > Settings > GDPR settings), and "none".</summary>
    public IList<SelectListItem> AvailableGdprConsents { get; set; } = new List<SelectListItem>();

    /// <summary>Redemption model choices.</summary>
    public IList<SelectListItem> AvailableRedemptionModels { get; set; } = new List<SelectListItem>();

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.Enabled")]
    public bool Enabled { get; set; }

    /// <summary>Whether <see cref="Enabled"/> is overridden for the store.</summary>
    public bool Enabled_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.ApiKey")]
    [DataType(DataType.Password)]
    [NoTrim]
    public string ApiKey { get; set; }

    /// <summary>Whether <see cref="ApiKey"/> is overridden for the store.</summary>
    public bool ApiKey_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.Uid")]
    public string Uid { get; set; }

    /// <summary>Whether <see cref="Uid"/> is overridden for the store.</summary>
    public bool Uid_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.BaseUrl")]
    public string BaseUrl { get; set; }

    /// <summary>Whether <see cref="BaseUrl"/> is overridden for the store.</summary>
    public bool BaseUrl_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.BrandName")]
    public string BrandName { get; set; }

    /// <summary>Whether <see cref="BrandName"/> is overridden for the store.</summary>
    public bool BrandName_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.Country")]
    public int CountryId { get; set; }

    /// <summary>Whether <see cref="CountryId"/> is overridden for the store.</summary>
    public bool CountryId_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.RedemptionModel")]
    public int RedemptionModelId { get; set; }

    /// <summary>Whether <see cref="RedemptionModelId"/> is overridden for the store.</summary>
    public bool RedemptionModelId_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.RequirePin")]
    public bool RequirePin { get; set; }

    /// <summary>Whether <see cref="RequirePin"/> is overridden for the store.</summary>
    public bool RequirePin_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.SkipPinForNewMembers")]
    public bool SkipPinForNewMembers { get; set; }

    /// <summary>Whether <see cref="SkipPinForNewMembers"/> is overridden for the store.</summary>
    public bool SkipPinForNewMembers_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.CodeLifetimeMinutes")]
    public int CodeLifetimeMinutes { get; set; }

    /// <summary>Whether <see cref="CodeLifetimeMinutes"/> is overridden for the store.</summary>
    public bool CodeLifetimeMinutes_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.ResendCooldownSeconds")]
    public int ResendCooldownSeconds { get; set; }

    /// <summary>Whether <see cref="ResendCooldownSeconds"/> is overridden for the store.</summary>
    public bool ResendCooldownSeconds_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.MaxFailedAttempts")]
    public int MaxFailedAttempts { get; set; }

    /// <summary>Whether <see cref="MaxFailedAttempts"/> is overridden for the store.</summary>
    public bool MaxFailedAttempts_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.LockoutMinutes")]
    public int LockoutMinutes { get; set; }

    /// <summary>Whether <see cref="LockoutMinutes"/> is overridden for the store.</summary>
    public bool LockoutMinutes_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.VerifiedLifetimeMinutes")]
    public int VerifiedLifetimeMinutes { get; set; }

    /// <summary>Whether <see cref="VerifiedLifetimeMinutes"/> is overridden for the store.</summary>
    public bool VerifiedLifetimeMinutes_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.MaxRewardsPerOrder")]
    public int MaxRewardsPerOrder { get; set; }

    /// <summary>Whether <see cref="MaxRewardsPerOrder"/> is overridden for the store.</summary>
    public bool MaxRewardsPerOrder_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.AllowStackingWithStoreDiscounts")]
    public bool AllowStackingWithStoreDiscounts { get; set; }

    /// <summary>Whether <see cref="AllowStackingWithStoreDiscounts"/> is overridden for the store.</summary>
    public bool AllowStackingWithStoreDiscounts_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.RequestTimeoutSeconds")]
    public int RequestTimeoutSeconds { get; set; }

    /// <summary>Whether <see cref="RequestTimeoutSeconds"/> is overridden for the store.</summary>
    public bool RequestTimeoutSeconds_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.ReturnPointsOnRefund")]
    public bool ReturnPointsOnRefund { get; set; }

    /// <summary>Whether <see cref="ReturnPointsOnRefund"/> is overridden for the store.</summary>
    public bool ReturnPointsOnRefund_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.AbandonedCartEnabled")]
    public bool AbandonedCartEnabled { get; set; }

    /// <summary>Whether <see cref="AbandonedCartEnabled"/> is overridden for the store.</summary>
    public bool AbandonedCartEnabled_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.AbandonedCartAudience")]
    public int AbandonedCartAudienceId { get; set; }

    /// <summary>Whether <see cref="AbandonedCartAudienceId"/> is overridden for the store.</summary>
    public bool AbandonedCartAudienceId_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.AbandonedCartConsentSource")]
    public int AbandonedCartConsentSourceId { get; set; }

    /// <summary>Whether <see cref="AbandonedCartConsentSourceId"/> is overridden for the store.</summary>
    public bool AbandonedCartConsentSourceId_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.AbandonedCartGdprConsent")]
    public int AbandonedCartGdprConsentId { get; set; }

    /// <summary>Whether <see cref="AbandonedCartGdprConsentId"/> is overridden for the store.</summary>
    public bool AbandonedCartGdprConsentId_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.AiqStore")]
    public int AiqStoreId { get; set; }

    /// <summary>Whether <see cref="AiqStoreId"/> is overridden for the store.</summary>
    public bool AiqStoreId_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.AbandonedCartIdleMinutes")]
    public int AbandonedCartIdleMinutes { get; set; }

    /// <summary>Whether <see cref="AbandonedCartIdleMinutes"/> is overridden for the store.</summary>
    public bool AbandonedCartIdleMinutes_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.AbandonedCartMaxAgeDays")]
    public int AbandonedCartMaxAgeDays { get; set; }

    /// <summary>Whether <see cref="AbandonedCartMaxAgeDays"/> is overridden for the store.</summary>
    public bool AbandonedCartMaxAgeDays_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.AbandonedCartRunIntervalMinutes")]
    public int AbandonedCartRunIntervalMinutes { get; set; }

    /// <summary>Whether <see cref="AbandonedCartRunIntervalMinutes"/> is overridden for the store.</summary>
    public bool AbandonedCartRunIntervalMinutes_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.SyncLogRetentionDays")]
    public int SyncLogRetentionDays { get; set; }

    /// <summary>Whether <see cref="SyncLogRetentionDays"/> is overridden for the store.</summary>
    public bool SyncLogRetentionDays_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.CallLogEnabled")]
    public bool CallLogEnabled { get; set; }

    /// <summary>Whether <see cref="CallLogEnabled"/> is overridden for the store.</summary>
    public bool CallLogEnabled_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.ShowOnCartPage")]
    public bool ShowOnCartPage { get; set; }

    /// <summary>Whether <see cref="ShowOnCartPage"/> is overridden for the store.</summary>
    public bool ShowOnCartPage_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.ShowOnOnePageCheckout")]
    public bool ShowOnOnePageCheckout { get; set; }

    /// <summary>Whether <see cref="ShowOnOnePageCheckout"/> is overridden for the store.</summary>
    public bool ShowOnOnePageCheckout_OverrideForStore { get; set; }

    /// <summary>See <see cref="AiqLoyaltySettings"/>.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.Fields.ShowOnMultiStepCheckout")]
    public bool ShowOnMultiStepCheckout { get; set; }

    /// <summary>Whether <see cref="ShowOnMultiStepCheckout"/> is overridden for the store.</summary>
    public bool ShowOnMultiStepCheckout_OverrideForStore { get; set; }
}
