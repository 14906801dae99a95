using System.Globalization;
using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Consent;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Misc.AiqLoyalty.Models;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Services.Configuration;
using Nop.Services.Gdpr;
using Nop.Services.Localization;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Factories;

/// <summary>Prepares the plugin's admin models.</summary>
public class AiqLoyaltyModelFactory : IAiqLoyaltyModelFactory
{
    #region Fields

    private readonly IGdprService _gdprService;
    private readonly ILocalizationService _localizationService;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;
    private readonly IStoreService _storeService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public AiqLoyaltyModelFactory(IGdprService gdprService,
        ILocalizationService localizationService,
        ISettingService settingService,
        IStoreContext storeContext,
        IStoreService storeService)
    {
        _gdprService = gdprService;
        _localizationService = localizationService;
        _settingService = settingService;
        _storeContext = storeContext;
        _storeService = storeService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<ConfigurationModel> PrepareConfigurationModelAsync(ConfigurationModel posted = null)
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeScope);

        // A scope without a brand name shows its store's name, so the first Save needs no typing.
        var brandName = settings.BrandName;
        var brandDefaulted = false;
        if (string.IsNullOrWhiteSpace(brandName) && await GetStoreNameAsync(storeScope) is { Length: > 0 } storeName)
            (brandName, brandDefaulted) = (storeName, true);

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

            if (brandDefaulted)
            {
                model.BrandName = brandName;
                // At a store scope the default name is that store's: saved for the store, not for all.
                model.BrandName_OverrideForStore = storeScope > 0;
            }
        }

        model.ConsentTextPreview = string.IsNullOrWhiteSpace(brandName)
            ? await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Configuration.ConsentPreview.Missing")
            : ConsentText.For(brandName, settings.CountryId == 1 ? AiqCountry.Canada : AiqCountry.UnitedStates);

        model.AvailableCountries = new List<SelectListItem>
        {
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Country.UnitedStates"), "0"),
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Country.Canada"), "1")
        };
        model.AvailableCartAudiences = new List<SelectListItem>
        {
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.CartAudience.MembersAndConsented"), ((int)CartAudience.MembersAndConsented).ToString(CultureInfo.InvariantCulture)),
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.CartAudience.EveryoneWithContact"), ((int)CartAudience.EveryoneWithContact).ToString(CultureInfo.InvariantCulture))
        };
        model.AvailableConsentSources = new List<SelectListItem>();
        foreach (var source in Enum.GetValues<CartConsentSource>())
        {
            model.AvailableConsentSources.Add(new SelectListItem(await _localizationService.GetResourceAsync($"Plugins.Misc.AiqLoyalty.ConsentSource.{source}"),
                ((int)source).ToString(CultureInfo.InvariantCulture)));
        }

        model.AvailableGdprConsents = new List<SelectListItem>
        {
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.GdprConsent.None"), "0")
        };
        foreach (var consent in await _gdprService.GetAllConsentsAsync())
            model.AvailableGdprConsents.Add(new SelectListItem(consent.Message, consent.Id.ToString(CultureInfo.InvariantCulture)));

        model.AvailableRedemptionModels = new List<SelectListItem>
        {
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.RedemptionModel.RedeemOnOrder"), "1"),
            new(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.RedemptionModel.RecordForPos"), "2")
        };

        return model;
    }

    #endregion

    #region Utilities

    /// <summary>The name of the scope's store; for all stores, the store the admin is working in.</summary>
    private async Task<string> GetStoreNameAsync(int storeScope)
    {
        var store = storeScope > 0 ? await _storeService.GetStoreByIdAsync(storeScope) : await _storeContext.GetCurrentStoreAsync();
        return store?.Name?.Trim();
    }

    #endregion
}
