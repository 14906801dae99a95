using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Client;
using FluentValidation;
using Nop.Plugin.Misc.AiqLoyalty.Models;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.AiqLoyalty.Validators;

/// <summary>
/// Server-side checks of the configuration page, with localized messages. The base URL rule is the
/// core client's own (https, or http on loopback only).
/// </summary>
public class ConfigurationModelValidator : BaseNopValidator<ConfigurationModel>
{
    /// <summary>Creates the rules.</summary>
    public ConfigurationModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.BaseUrl)
            .Must(url => string.IsNullOrWhiteSpace(url) || AiqClientOptionsValidator.BeAllowedBaseUrl(url.Trim()))
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Validation.BaseUrl"));

        RuleFor(model => model.Uid)
            .Matches("^[A-Za-z0-9_-]{1,64}$")
            .When(model => !string.IsNullOrWhiteSpace(model.Uid))
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Validation.Uid"));

        RuleFor(model => model.ApiKey)
            .Must(key => key.Trim().All(c => c > ' ' && c < 127) && key.Trim().Length <= 512)
            .When(model => !string.IsNullOrWhiteSpace(model.ApiKey))
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Validation.ApiKey"));

        RuleFor(model => model.BrandName)
            .NotEmpty()
            .When(model => model.Enabled)
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Validation.BrandName"));
        RuleFor(model => model.BrandName).MaximumLength(100);

        RuleFor(model => model.CountryId).InclusiveBetween(0, 1);
        RuleFor(model => model.RedemptionModelId).InclusiveBetween(1, 2);
        RuleFor(model => model.AbandonedCartAudienceId).Must(id => Enum.IsDefined((CartAudience)id));
        RuleFor(model => model.AbandonedCartConsentSourceId).Must(id => Enum.IsDefined((CartConsentSource)id));
        // A GDPR consent as the source needs a consent to look at, else no customer could ever qualify.
        RuleFor(model => model.AbandonedCartGdprConsentId)
            .GreaterThan(0)
            .When(model => model.AbandonedCartAudienceId == (int)CartAudience.MembersAndConsented
                && model.AbandonedCartConsentSourceId != (int)CartConsentSource.Newsletter)
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Validation.GdprConsent"));

        InRange(model => model.CodeLifetimeMinutes, AiqLoyaltySettingLimits.CodeLifetimeMinutes, localizationService);
        InRange(model => model.ResendCooldownSeconds, AiqLoyaltySettingLimits.ResendCooldownSeconds, localizationService);
        InRange(model => model.MaxFailedAttempts, AiqLoyaltySettingLimits.MaxFailedAttempts, localizationService);
        InRange(model => model.LockoutMinutes, AiqLoyaltySettingLimits.LockoutMinutes, localizationService);
        InRange(model => model.VerifiedLifetimeMinutes, AiqLoyaltySettingLimits.VerifiedLifetimeMinutes, localizationService);
        InRange(model => model.MaxRewardsPerOrder, AiqLoyaltySettingLimits.MaxRewardsPerOrder, localizationService);
        InRange(model => model.RequestTimeoutSeconds, AiqLoyaltySettingLimits.RequestTimeoutSeconds, localizationService);
        InRange(model => model.AbandonedCartIdleMinutes, AiqLoyaltySettingLimits.AbandonedCartIdleMinutes, localizationService);
        InRange(model => model.AbandonedCartMaxAgeDays, AiqLoyaltySettingLimits.AbandonedCartMaxAgeDays, localizationService);
        InRange(model => model.AbandonedCartRunIntervalMinutes, AiqLoyaltySettingLimits.AbandonedCartRunIntervalMinutes, localizationService);
        InRange(model => model.SyncLogRetentionDays, AiqLoyaltySettingLimits.SyncLogRetentionDays, localizationService);
        InRange(model => model.AiqStoreId, AiqLoyaltySettingLimits.AiqStoreId, localizationService);
    }

    private void InRange(System.Linq.Expressions.Expression<Func<ConfigurationModel, int>> property, SettingRange range, ILocalizationService localizationService)
    {
        RuleFor(property)
            .InclusiveBetween(range.Min, range.Max)
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Validation.Range"), range.Min, range.Max);
    }
}
