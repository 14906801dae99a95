using AiqLoyalty.Core.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Moq;
using Nop.Core;
using Nop.Plugin.Misc.AiqLoyalty.Controllers;
using Nop.Plugin.Misc.AiqLoyalty.Factories;
using Nop.Plugin.Misc.AiqLoyalty.Models;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.ScheduleTasks;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Controllers;

/// <summary>Saving the configuration page.</summary>
[TestFixture]
public class AiqLoyaltyAdminControllerTests
{
    private AiqLoyaltySettings _settings = null!;
    private Mock<ISettingService> _settingService = null!;
    private Mock<IAiqScheduleTaskManager> _tasks = null!;
    private Mock<INotificationService> _notifications = null!;
    private AiqLoyaltyAdminController _controller = null!;

    [SetUp]
    public void SetUp()
    {
        _settings = new AiqLoyaltySettings();
        _settingService = new Mock<ISettingService>();
        _settingService.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>())).ReturnsAsync(() => _settings);
        _tasks = new Mock<IAiqScheduleTaskManager>();
        _notifications = new Mock<INotificationService>();
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(c => c.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(0);
        var modelFactory = new Mock<IAiqLoyaltyModelFactory>();
        modelFactory.Setup(f => f.PrepareConfigurationModelAsync(It.IsAny<ConfigurationModel>()))
            .ReturnsAsync((ConfigurationModel posted) => posted ?? new ConfigurationModel());

        var httpContext = new DefaultHttpContext();
        _controller = new AiqLoyaltyAdminController(Mock.Of<IAiqClientProvider>(), modelFactory.Object, _tasks.Object,
            Mock.Of<ILocalizationService>(), _notifications.Object, _settingService.Object, storeContext.Object)
        {
            ControllerContext = new ControllerContext { HttpContext = httpContext },
            MetadataProvider = new EmptyModelMetadataProvider(),
            TempData = new TempDataDictionary(httpContext, Mock.Of<ITempDataProvider>())
        };
    }

    private static ConfigurationModel Posted() => new()
    {
        Enabled = true, BrandName = " Green Leaf ", Uid = "1546", BaseUrl = "https://lab.alpineiq.com", RedemptionModelId = 1
    };

    [Test]
    public async Task SaveLandsOnThePluginsOwnConfigurationAddress()
    {
        var result = await _controller.Configure(Posted());

        Assert.That(result, Is.TypeOf<RedirectToRouteResult>());
        Assert.That(((RedirectToRouteResult)result).RouteName, Is.EqualTo(AiqLoyaltyDefaults.ConfigurationRouteName));
    }

    [Test]
    public async Task SaveStoresTheTrimmedValuesThenSetsTheTasksFromThem()
    {
        var enabledWhenTasksSynchronized = false;
        _tasks.Setup(t => t.SynchronizeAsync()).Callback(() => enabledWhenTasksSynchronized = _settings.Enabled).Returns(Task.CompletedTask);

        await _controller.Configure(Posted());

        Assert.That(_settings.BrandName, Is.EqualTo("Green Leaf"));
        Assert.That(enabledWhenTasksSynchronized, Is.True, "the tasks follow the settings just saved");
        _tasks.Verify(t => t.SynchronizeAsync(), Times.Once);
        _notifications.Verify(n => n.SuccessNotification(It.IsAny<string>(), It.IsAny<bool>()), Times.Once);
    }

    [Test]
    public async Task AnInvalidPageIsShownAgainAndNothingIsSaved()
    {
        _controller.ModelState.AddModelError(nameof(ConfigurationModel.BrandName), "Enter the brand name shown in the consent text.");
        var posted = Posted();

        var result = await _controller.Configure(posted);

        Assert.That(result, Is.TypeOf<ViewResult>());
        Assert.That(((ViewResult)result).Model, Is.SameAs(posted));
        Assert.That(_settings.Enabled, Is.False);
        _tasks.Verify(t => t.SynchronizeAsync(), Times.Never);
        _settingService.Verify(s => s.ClearCacheAsync(), Times.Never);
    }
}
