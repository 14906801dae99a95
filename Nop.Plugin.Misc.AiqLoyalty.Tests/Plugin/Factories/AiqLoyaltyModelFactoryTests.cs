using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Consent;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Gdpr;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Factories;
using Nop.Plugin.Misc.AiqLoyalty.Models;
using Nop.Services.Configuration;
using Nop.Services.Gdpr;
using Nop.Services.Localization;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Factories;

/// <summary>
/// The configuration page as the merchant first sees it, per store scope. The factory's results are
/// read with <see cref="Completed"/>: awaiting a task of a nopCommerce model would stop NUnit from
/// discovering the tests.
/// </summary>
[TestFixture]
public class AiqLoyaltyModelFactoryTests
{
    private const string MissingPreview = "Enter a brand name to see the consent text.";

    private int _scope;
    private Dictionary<int, AiqLoyaltySettings> _settings = null!;
    private AiqLoyaltyModelFactory _factory = null!;

    [SetUp]
    public void SetUp()
    {
        _scope = 0;
        _settings = new() { [0] = new AiqLoyaltySettings(), [2] = new AiqLoyaltySettings() };

        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(c => c.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(() => _scope);
        storeContext.Setup(c => c.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1, Name = "Green Leaf" });
        var storeService = new Mock<IStoreService>();
        storeService.Setup(s => s.GetStoreByIdAsync(2)).ReturnsAsync(new Store { Id = 2, Name = "Green Leaf Downtown" });
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>())).ReturnsAsync((int scope) => _settings[scope]);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) =>
            key == "Plugins.Misc.AiqLoyalty.Configuration.ConsentPreview.Missing" ? MissingPreview : key);

        var gdprService = new Mock<IGdprService>();
        gdprService.Setup(g => g.GetAllConsentsAsync()).ReturnsAsync(new List<GdprConsent> { new() { Id = 3, Message = "Send me offers by text and email" } });

        _factory = new AiqLoyaltyModelFactory(gdprService.Object, localization.Object, settingService.Object, storeContext.Object, storeService.Object);
    }

    [Test]
    public void ThePageOffersTheAudiencesTheConsentSourcesAndTheStoresGdprConsents()
    {
        var model = Completed.Result(_factory.PrepareConfigurationModelAsync());

        Assert.Multiple(() =>
        {
            Assert.That(model.AbandonedCartAudienceId, Is.EqualTo((int)CartAudience.MembersAndConsented), "a store that never chose sends only to members and consenting customers");
            Assert.That(model.AvailableCartAudiences.Select(item => item.Value), Is.EqualTo(new[] { "0", "1" }));
            Assert.That(model.AvailableConsentSources.Select(item => (item.Value, item.Text)), Is.EqualTo(new[]
            {
                ("0", "Plugins.Misc.AiqLoyalty.ConsentSource.Newsletter"),
                ("1", "Plugins.Misc.AiqLoyalty.ConsentSource.GdprConsent"),
                ("2", "Plugins.Misc.AiqLoyalty.ConsentSource.NewsletterOrGdprConsent")
            }));
            Assert.That(model.AvailableGdprConsents.Select(item => (item.Value, item.Text)), Is.EqualTo(new[]
            {
                ("0", "Plugins.Misc.AiqLoyalty.GdprConsent.None"),
                ("3", "Send me offers by text and email")
            }));
        });
    }

    [Test]
    public void WithoutABrandNameThePageOffersTheStoresNameSoTheFirstSaveWorks()
    {
        var model = Completed.Result(_factory.PrepareConfigurationModelAsync());

        Assert.That(model.BrandName, Is.EqualTo("Green Leaf"));
        Assert.That(model.ConsentTextPreview, Is.EqualTo(ConsentText.For("Green Leaf", AiqCountry.UnitedStates)));
        Assert.That(model.BrandName_OverrideForStore, Is.False);
    }

    [Test]
    public void AStoreScopeWithoutABrandNameOffersThatStoresNameForThatStore()
    {
        _scope = 2;

        var model = Completed.Result(_factory.PrepareConfigurationModelAsync());

        Assert.That(model.BrandName, Is.EqualTo("Green Leaf Downtown"));
        Assert.That(model.BrandName_OverrideForStore, Is.True, "saved for this store, not for every store");
        Assert.That(model.Enabled_OverrideForStore, Is.False);
    }

    [Test]
    public void ASavedBrandNameIsShownAsItIs()
    {
        _settings[0].BrandName = "Green Leaf Cannabis Co.";
        _settings[0].CountryId = 1;

        var model = Completed.Result(_factory.PrepareConfigurationModelAsync());

        Assert.That(model.BrandName, Is.EqualTo("Green Leaf Cannabis Co."));
        Assert.That(model.ConsentTextPreview, Is.EqualTo(ConsentText.For("Green Leaf Cannabis Co.", AiqCountry.Canada)));
    }

    [Test]
    public void APostedPageKeepsWhatTheMerchantTyped()
    {
        var posted = new ConfigurationModel { BrandName = "" };

        var model = Completed.Result(_factory.PrepareConfigurationModelAsync(posted));

        Assert.That(model.BrandName, Is.Empty, "the validation message explains the empty field");
    }
}
