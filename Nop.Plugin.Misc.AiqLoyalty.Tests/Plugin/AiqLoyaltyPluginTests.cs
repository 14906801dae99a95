using AiqLoyalty.Core.Validation;
using Moq;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.ScheduleTasks;
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
    private Mock<IScheduleTaskService> _tasks = null!;
    private Mock<ISettingService> _settings = null!;
    private WidgetSettings _widgetSettings = null!;
    private AiqLoyaltyPlugin _plugin = null!;

    [SetUp]
    public void SetUp()
    {
        _discounts = new Mock<IAiqDiscountCleaner>();
        _localization = new Mock<ILocalizationService>();
        _permissions = new Mock<IPermissionService>();
        _tasks = new Mock<IScheduleTaskService>();
        _settings = new Mock<ISettingService>();
        _widgetSettings = new WidgetSettings { ActiveWidgetSystemNames = new List<string>() };
        _plugin = new AiqLoyaltyPlugin(_discounts.Object, _localization.Object, Mock.Of<INopUrlHelper>(), Mock.Of<IRewardClaimService>(),
            _permissions.Object, _tasks.Object, _settings.Object, _widgetSettings);
    }

    [Test]
    public async Task InstallWritesSafeDefaultsEveryTextTheTaskDisabledAndThePermissions()
    {
        AiqLoyaltySettings? saved = null;
        _settings.Setup(s => s.SaveSettingAsync(It.IsAny<AiqLoyaltySettings>(), 0)).Callback((AiqLoyaltySettings s, int _) => saved = s).Returns(Task.CompletedTask);
        var tasks = new List<ScheduleTask>();
        _tasks.Setup(t => t.InsertTaskAsync(It.IsAny<ScheduleTask>())).Callback((ScheduleTask t) => tasks.Add(t)).Returns(Task.CompletedTask);

        await _plugin.InstallAsync();

        Assert.Multiple(() =>
        {
            Assert.That(saved, Is.Not.Null);
            Assert.That(saved!.Enabled, Is.False, "nothing happens until the merchant configures it");
            Assert.That(saved.RequirePin, Is.True);
            Assert.That(saved.BaseUrl, Is.EqualTo("https://lab.alpineiq.com"));
            Assert.That(saved.RedemptionModelId, Is.EqualTo(1));
            Assert.That(saved.ApiKeyEncrypted, Is.Null.Or.Empty);
            Assert.That(tasks.Select(t => t.Type), Is.EquivalentTo(new[] { AiqLoyaltyDefaults.AbandonedCartTaskType, AiqLoyaltyDefaults.RedemptionTaskType }));
            Assert.That(tasks.Single(t => t.Type == AiqLoyaltyDefaults.AbandonedCartTaskType).Enabled, Is.False, "carts are sent only once configured");
            Assert.That(tasks.Single(t => t.Type == AiqLoyaltyDefaults.RedemptionTaskType).Enabled, Is.True, "placed rewards are always redeemed");
            foreach (var task in tasks)
                Assert.That(Type.GetType(task.Type + ", Nop.Plugin.Misc.AiqLoyalty"), Is.Not.Null, "the task type must exist in the plugin assembly: " + task.Type);
            Assert.That(_widgetSettings.ActiveWidgetSystemNames, Does.Contain(AiqLoyaltyDefaults.SystemName));
        });
        _localization.Verify(l => l.AddOrUpdateLocaleResourceAsync(
            It.Is<IDictionary<string, string>>(d => d.Count == AiqLoyaltyLocaleResources.All.Count), null), Times.Once);
        _permissions.Verify(p => p.InsertPermissionsAsync(), Times.Once);
    }

    [Test]
    public async Task InstallTwiceDoesNotAddASecondTask()
    {
        _tasks.Setup(t => t.GetTaskByTypeAsync(It.IsAny<string>())).ReturnsAsync(new ScheduleTask());

        await _plugin.InstallAsync();

        _tasks.Verify(t => t.InsertTaskAsync(It.IsAny<ScheduleTask>()), Times.Never);
    }

    [Test]
    public async Task UninstallRemovesEverythingInstallAdded()
    {
        var task = new ScheduleTask { Type = AiqLoyaltyDefaults.AbandonedCartTaskType };
        var worker = new ScheduleTask { Type = AiqLoyaltyDefaults.RedemptionTaskType };
        _tasks.Setup(t => t.GetTaskByTypeAsync(AiqLoyaltyDefaults.AbandonedCartTaskType)).ReturnsAsync(task);
        _tasks.Setup(t => t.GetTaskByTypeAsync(AiqLoyaltyDefaults.RedemptionTaskType)).ReturnsAsync(worker);
        _widgetSettings.ActiveWidgetSystemNames.Add(AiqLoyaltyDefaults.SystemName);

        await _plugin.UninstallAsync();

        _discounts.Verify(d => d.DeleteAllPluginDiscountsAsync(), Times.Once);
        _settings.Verify(s => s.DeleteSettingAsync<AiqLoyaltySettings>(), Times.Once);
        _tasks.Verify(t => t.DeleteTaskAsync(task), Times.Once);
        _tasks.Verify(t => t.DeleteTaskAsync(worker), Times.Once);
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
