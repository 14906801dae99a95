using AiqLoyalty.Core.Consent;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Misc.AiqLoyalty.Models;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AiqLoyalty.Factories;

/// <summary>Prepares the plugin's admin models.</summary>
public class AiqLoyaltyModelFactory : IAiqLoyaltyModelFactory
{
    #region Fields

    private readonly ILocalizationService _localizationService;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public AiqLoyaltyModelFactory(ILocalizationService localizationService,
        ISettingService settingService,
        IStoreContext storeContext)
    {
        _localizationService = localizationService;
        _settingService = settingService;
        _storeContext = storeContext;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<ConfigurationModel> PrepareConfigurationModelAsync(ConfigurationModel posted = null)
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeScope);

        var model = posted ?? new ConfigurationModel();
        model.ActiveStoreScopeConfiguration = storeScope;
        model.ApiKeySet = !string.IsNullOrEmpty(settings.ApiKeyEncrypted);
        model.ApiKey = string.Empty;

        if (posted is null)
        {
            foreach (var (modelProperty, settingsProperty) in ConfigurationModelMapping.Properties)
            {
                if (modelProperty.Name != nameof(ConfigurationModel.ApiKey))
                    modelProperty.SetValue(model, settingsProperty.GetValue(settings));
            }

            if (storeScope > 0)
            {
                foreach (var (modelProperty, settingsProperty) in ConfigurationModelMapping.Properties)
                {
                    var exists = await OverridableSettings.ExistsForStoreAsync(_settingService, settings, settingsProperty.Name, storeScope);
                    ConfigurationModelMapping.OverrideFlag(modelProperty).SetValue(model, exists);
                }
            }
        }

        model.ConsentTextPreview = string.IsNullOrWhiteSpace(settings.BrandName)
            ? await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Configuration.ConsentPreview.Missing")
            : ConsentText.For(settings.BrandName, settings.CountryId == 1 ? AiqCountry.Canada : AiqCountry.UnitedStates);

        model.AvailableCountries = new List<SelectListItem>
        {
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Country.UnitedStates"), "0"),
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Country.Canada"), "1")
        };
        model.AvailableRedemptionModels = new List<SelectListItem>
        {
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.RedemptionModel.RedeemOnOrder"), "1"),
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.RedemptionModel.RecordForPos"), "2")
        };

        return model;
    }

    #endregion
}
