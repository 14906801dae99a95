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

        InRange(model => model.CodeLifetimeMinutes, 1, 60, localizationService);
        InRange(model => model.ResendCooldownSeconds, 10, 600, localizationService);
        InRange(model => model.MaxFailedAttempts, 1, 20, localizationService);
        InRange(model => model.LockoutMinutes, 1, 1440, localizationService);
        InRange(model => model.VerifiedLifetimeMinutes, 5, 1440, localizationService);
        InRange(model => model.MaxRewardsPerOrder, 1, 10, localizationService);
        InRange(model => model.RequestTimeoutSeconds, 1, 30, localizationService);
        InRange(model => model.AbandonedCartIdleMinutes, 5, 10080, localizationService);
        InRange(model => model.AbandonedCartMaxAgeDays, 1, 90, localizationService);
        InRange(model => model.AbandonedCartRunIntervalMinutes, 1, 1440, localizationService);
        InRange(model => model.SyncLogRetentionDays, 1, 3650, localizationService);
    }

    private void InRange(System.Linq.Expressions.Expression<Func<ConfigurationModel, int>> property, int from, int to, ILocalizationService localizationService)
    {
        RuleFor(property)
            .InclusiveBetween(from, to)
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Validation.Range"), from, to);
    }
}
