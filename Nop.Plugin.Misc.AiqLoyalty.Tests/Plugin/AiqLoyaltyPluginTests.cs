using AiqLoyalty.Core.Validation;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Services.Messages;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.ScheduleTasks;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

/// <summary>What install, update and uninstall write and remove.</summary>
[TestFixture]
public class AiqLoyaltyPluginTests
{
    private Mock<IAiqDiscountCleaner> _discounts = null!;
    private Mock<ILocalizationService> _localization = null!;
    private Mock<IPermissionService> _permissions = null!;
    private Mock<IAiqScheduleTaskManager> _tasks = null!;
    private Mock<ISettingService> _settings = null!;
    private Mock<IStoreContext> _storeContext = null!;
    private WidgetSettings _widgetSettings = null!;
    private AiqLoyaltyPlugin _plugin = null!;

    private Mock<IMessageTemplateService> _templates = null!;

    [SetUp]
    public void SetUp()
    {
        _discounts = new Mock<IAiqDiscountCleaner>();
        _localization = new Mock<ILocalizationService>();
        _permissions = new Mock<IPermissionService>();
        _tasks = new Mock<IAiqScheduleTaskManager>();
        _settings = new Mock<ISettingService>();
        _storeContext = new Mock<IStoreContext>();
        _storeContext.Setup(c => c.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1, Name = "Green Leaf Dispensary " });
        _widgetSettings = new WidgetSettings { ActiveWidgetSystemNames = new List<string>() };
        _templates = new Mock<IMessageTemplateService>();
        _templates.Setup(t => t.GetMessageTemplatesByNameAsync(It.IsAny<string>(), It.IsAny<int?>())).ReturnsAsync(new List<MessageTemplate>());
        _plugin = new AiqLoyaltyPlugin(new ClaimAttentionTemplate(new EmailAccountSettings(), _templates.Object), _discounts.Object, _localization.Object, Mock.Of<INopUrlHelper>(), Mock.Of<IRewardClaimService>(),
            _permissions.Object, _tasks.Object, _settings.Object, _storeContext.Object, _widgetSettings);
    }

    [Test]
    public async Task InstallWritesSafeDefaultsEveryTextTheTasksAndThePermissions()
    {
        AiqLoyaltySettings? saved = null;
        _settings.Setup(s => s.SaveSettingAsync(It.IsAny<AiqLoyaltySettings>(), 0)).Callback((AiqLoyaltySettings s, int _) => saved = s).Returns(Task.CompletedTask);
        var settingsSavedBeforeTasks = false;
        _tasks.Setup(t => t.InstallAsync()).Callback(() => settingsSavedBeforeTasks = saved is not null).Returns(Task.CompletedTask);

        await _plugin.InstallAsync();

        Assert.Multiple(() =>
        {
            Assert.That(saved, Is.Not.Null);
            Assert.That(saved!.Enabled, Is.False, "nothing happens until the merchant configures it");
            Assert.That(saved.RequirePin, Is.True);
            Assert.That(saved.BaseUrl, Is.EqualTo("https://lab.alpineiq.com"));
            Assert.That(saved.RedemptionModelId, Is.EqualTo(1));
            Assert.That(saved.ApiKeyEncrypted, Is.Null.Or.Empty);
            Assert.That(saved.BrandName, Is.EqualTo("Green Leaf Dispensary"), "the consent text names the store until the merchant changes it");
            Assert.That(settingsSavedBeforeTasks, Is.True, "the tasks take their state from the saved settings");
            Assert.That(_widgetSettings.ActiveWidgetSystemNames, Does.Contain(AiqLoyaltyDefaults.SystemName));
        });
        _localization.Verify(l => l.AddOrUpdateLocaleResourceAsync(
            It.Is<IDictionary<string, string>>(d => d.Count == AiqLoyaltyLocaleResources.All.Count), null), Times.Once);
        _permissions.Verify(p => p.InsertPermissionsAsync(), Times.Once);
    }

    [Test]
    public async Task UpdateRefreshesTheTextsAndTheTasks()
    {
        await _plugin.UpdateAsync("4.90.3", "4.90.4");

        _localization.Verify(l => l.AddOrUpdateLocaleResourceAsync(
            It.Is<IDictionary<string, string>>(d => d.Count == AiqLoyaltyLocaleResources.All.Count), null), Times.Once);
        _tasks.Verify(t => t.InstallAsync(), Times.Once);
        _settings.Verify(s => s.SaveSettingAsync(It.IsAny<AiqLoyaltySettings>(), It.IsAny<int>()), Times.Never, "an update keeps the merchant's settings");
    }

    [Test]
    public async Task UninstallRemovesEverythingInstallAdded()
    {
        _widgetSettings.ActiveWidgetSystemNames.Add(AiqLoyaltyDefaults.SystemName);

        await _plugin.UninstallAsync();

        _discounts.Verify(d => d.DeleteAllPluginDiscountsAsync(), Times.Once);
        _settings.Verify(s => s.DeleteSettingAsync<AiqLoyaltySettings>(), Times.Once);
        _tasks.Verify(t => t.UninstallAsync(), Times.Once);
        _permissions.Verify(p => p.DeletePermissionAsync(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY), Times.Once);
        _permissions.Verify(p => p.DeletePermissionAsync(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER), Times.Once);
        foreach (var prefix in AiqLoyaltyLocaleResources.Prefixes)
            _localization.Verify(l => l.DeleteLocaleResourcesAsync(prefix, null), Times.Once);
        Assert.That(_widgetSettings.ActiveWidgetSystemNames, Does.Not.Contain(AiqLoyaltyDefaults.SystemName));
    }

    [Test]
    public async Task UpdateOfAnInstalledPluginAddsTheNewTexts()
    {
        IDictionary<string, string>? written = null;
        _localization.Setup(l => l.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), null))
            .Callback((IDictionary<string, string> resources, int? _) => written = resources).Returns(Task.CompletedTask);

        await _plugin.UpdateAsync("4.90.4", "4.90.5");

        Assert.That(written, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(written!.Keys, Is.EquivalentTo(AiqLoyaltyLocaleResources.All.Keys));
            Assert.That(written[ShopperLocaleResources.InputErrorName(ValidationErrors.PhonePremiumRate)],
                Is.EqualTo(ValidationErrors.PhonePremiumRate.DefaultMessage));
            Assert.That(written.Keys, Does.Contain("Plugins.Misc.AiqLoyalty.SyncLog.Export"));
        });
    }

    [Test]
    public void EveryLocaleResourceHasTheLocalePrefixOrIsAPermissionName()
    {
        foreach (var key in AiqLoyaltyLocaleResources.All.Keys)
            Assert.That(AiqLoyaltyLocaleResources.Prefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)), key);
    }

    [Test]
    public void EveryFieldHasALabelAndAHint()
    {
        var resources = AiqLoyaltyLocaleResources.All;
        foreach (var (model, _) in Models.ConfigurationModelMapping.Properties)
        {
            var name = model.Name.EndsWith("Id", StringComparison.Ordinal) ? model.Name[..^2] : model.Name;
            Assert.That(resources.ContainsKey($"Plugins.Misc.AiqLoyalty.Fields.{name}"), name);
            Assert.That(resources.ContainsKey($"Plugins.Misc.AiqLoyalty.Fields.{name}.Hint"), name + ".Hint");
        }
    }
}
