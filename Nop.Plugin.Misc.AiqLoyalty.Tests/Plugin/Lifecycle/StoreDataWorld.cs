using Moq;
using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Plugin.Misc.AiqLoyalty.Services.ScheduleTasks;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Services.Stores;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Lifecycle;

/// <summary>
/// What the plugin writes into a store outside its own tables, kept like nopCommerce keeps it:
/// settings by lower-cased name, locale resources by lower-cased name (deleted by prefix), scheduled
/// tasks, permission records (inserted from every permission config manager, once) and the discounts
/// of the checkout world, with the real plugin class, discount cleaner and discount gateway on top.
/// </summary>
internal sealed class StoreDataWorld
{
    public SortedSet<string> Settings { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Resources { get; } = new(StringComparer.Ordinal);
    public List<ScheduleTask> Tasks { get; } = [];
    public SortedSet<string> Permissions { get; } = new(StringComparer.Ordinal);
    public List<MessageTemplate> MessageTemplates { get; } = [];
    public WidgetSettings WidgetSettings { get; } = new() { ActiveWidgetSystemNames = ["Widgets.Swiper"] };
    public CheckoutWorld Checkout { get; } = new();
    public AiqLoyaltyPlugin Plugin { get; }

    public StoreDataWorld()
    {
        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.SaveSettingAsync(It.IsAny<AiqLoyaltySettings>(), It.IsAny<int>())).Returns(() =>
        {
            foreach (var property in typeof(AiqLoyaltySettings).GetProperties())
                Settings.Add($"aiqloyaltysettings.{property.Name}".ToLowerInvariant());
            return Task.CompletedTask;
        });
        settings.Setup(s => s.DeleteSettingAsync<AiqLoyaltySettings>()).Returns(() =>
        {
            Settings.RemoveWhere(name => name.StartsWith("aiqloyaltysettings.", StringComparison.Ordinal));
            return Task.CompletedTask;
        });
        settings.Setup(s => s.SaveSettingAsync(It.IsAny<WidgetSettings>(), It.IsAny<int>())).Returns(Task.CompletedTask);

        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), It.IsAny<int?>()))
            .Returns((IDictionary<string, string> resources, int? _) =>
            {
                foreach (var name in resources.Keys)
                    Resources.Add(name.ToLowerInvariant());
                return Task.CompletedTask;
            });
        localization.Setup(l => l.DeleteLocaleResourcesAsync(It.IsAny<string>(), It.IsAny<int?>()))
            .Returns((string prefix, int? _) =>
            {
                Resources.RemoveWhere(name => name.StartsWith(prefix.ToLowerInvariant(), StringComparison.Ordinal));
                return Task.CompletedTask;
            });

        var tasks = new Mock<IScheduleTaskService>();
        tasks.Setup(t => t.GetTaskByTypeAsync(It.IsAny<string>())).Returns((string type) => Task.FromResult(Tasks.FirstOrDefault(task => task.Type == type)!));
        tasks.Setup(t => t.InsertTaskAsync(It.IsAny<ScheduleTask>())).Returns((ScheduleTask task) =>
        {
            Tasks.Add(task);
            return Task.CompletedTask;
        });
        tasks.Setup(t => t.DeleteTaskAsync(It.IsAny<ScheduleTask>())).Returns((ScheduleTask task) =>
        {
            Tasks.Remove(task);
            return Task.CompletedTask;
        });

        var permissions = new Mock<IPermissionService>();
        permissions.Setup(p => p.InsertPermissionsAsync()).Returns(() =>
        {
            foreach (var config in new AiqLoyaltyPermissionConfigManager().AllConfigs)
                Permissions.Add(config.SystemName);
            return Task.CompletedTask;
        });
        permissions.Setup(p => p.DeletePermissionAsync(It.IsAny<string>())).Returns((string name) =>
        {
            Permissions.Remove(name);
            return Task.CompletedTask;
        });

        var cleaner = new AiqDiscountCleaner(Checkout.DiscountService.Object, Checkout.ClaimRepository.Object, Checkout.Gateway);
        tasks.Setup(t => t.UpdateTaskAsync(It.IsAny<ScheduleTask>())).Returns(Task.CompletedTask);
        settings.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>())).ReturnsAsync(new AiqLoyaltySettings());
        var store = new Store { Id = 1, Name = "Green Leaf Dispensary" };
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(new List<Store> { store });
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(c => c.GetCurrentStoreAsync()).ReturnsAsync(store);
        var taskManager = new AiqScheduleTaskManager(tasks.Object, settings.Object, stores.Object, TimeProvider.System);

        var templates = new Mock<IMessageTemplateService>();
        templates.Setup(t => t.GetMessageTemplatesByNameAsync(It.IsAny<string>(), It.IsAny<int?>()))
            .ReturnsAsync((string name, int? _) => (IList<MessageTemplate>)MessageTemplates.Where(t => t.Name == name).ToList());
        templates.Setup(t => t.InsertMessageTemplateAsync(It.IsAny<MessageTemplate>())).Returns((MessageTemplate template) =>
        {
            MessageTemplates.Add(template);
            return Task.CompletedTask;
        });
        templates.Setup(t => t.DeleteMessageTemplateAsync(It.IsAny<MessageTemplate>())).Returns((MessageTemplate template) =>
        {
            MessageTemplates.Remove(template);
            return Task.CompletedTask;
        });

        Plugin = new AiqLoyaltyPlugin(new ClaimAttentionTemplate(new EmailAccountSettings(), templates.Object), cleaner, localization.Object, Mock.Of<INopUrlHelper>(), Checkout.ClaimService,
            permissions.Object, taskManager, settings.Object, storeContext.Object, WidgetSettings);
    }

    /// <summary>Everything the plugin put in the store, as one comparable text.</summary>
    public string Snapshot() => string.Join("\n",
        "settings: " + string.Join(",", Settings),
        "resources: " + string.Join(",", Resources),
        "tasks: " + string.Join(",", Tasks.Select(task => $"{task.Type}:{task.Seconds}:{task.Enabled}").Order(StringComparer.Ordinal)),
        "permissions: " + string.Join(",", Permissions),
        "message templates: " + string.Join(",", MessageTemplates.Select(t => t.Name)),
        "widgets: " + string.Join(",", WidgetSettings.ActiveWidgetSystemNames),
        "plugin discounts: " + Checkout.Discounts.Values.Count(d => d.Name.StartsWith(AiqLoyaltyDefaults.DiscountNamePrefix, StringComparison.Ordinal)),
        "requirements: " + Checkout.Requirements.Count);
}
