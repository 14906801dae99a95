using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Services.Retention;
using Nop.Plugin.Misc.AiqLoyalty.Services.ScheduleTasks;
using Nop.Services.Configuration;
using Nop.Services.ScheduleTasks;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.ScheduleTasks;

/// <summary>The plugin's scheduled tasks follow its settings: off while the plugin is off.</summary>
[TestFixture]
public class AiqScheduleTaskManagerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private List<ScheduleTask> _tasks = null!;
    private AiqLoyaltySettings _defaults = null!;
    private Dictionary<int, AiqLoyaltySettings> _stores = null!;
    private Mock<IScheduleTaskService> _taskService = null!;
    private AiqScheduleTaskManager _manager = null!;

    [SetUp]
    public void SetUp()
    {
        _tasks = [];
        _defaults = new AiqLoyaltySettings { AbandonedCartRunIntervalMinutes = 15 };
        _stores = new() { [1] = new AiqLoyaltySettings(), [2] = new AiqLoyaltySettings() };

        _taskService = new Mock<IScheduleTaskService>();
        _taskService.Setup(t => t.GetTaskByTypeAsync(It.IsAny<string>())).ReturnsAsync((string type) => _tasks.SingleOrDefault(t => t.Type == type)!);
        _taskService.Setup(t => t.InsertTaskAsync(It.IsAny<ScheduleTask>())).Callback((ScheduleTask task) => _tasks.Add(task)).Returns(Task.CompletedTask);
        _taskService.Setup(t => t.DeleteTaskAsync(It.IsAny<ScheduleTask>())).Callback((ScheduleTask task) => _tasks.Remove(task)).Returns(Task.CompletedTask);
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>())).ReturnsAsync((int storeId) => storeId == 0 ? _defaults : _stores[storeId]);
        var storeService = new Mock<IStoreService>();
        storeService.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(() => _stores.Keys.Select(id => new Store { Id = id }).ToList());

        _manager = new AiqScheduleTaskManager(_taskService.Object, settingService.Object, storeService.Object, new FakeTimeProvider(Now));
    }

    private ScheduleTask Cart => _tasks.Single(t => t.Type == AiqLoyaltyDefaults.AbandonedCartTaskType);

    private ScheduleTask Redemption => _tasks.Single(t => t.Type == AiqLoyaltyDefaults.RedemptionTaskType);

    private ScheduleTask Retention => _tasks.Single(t => t.Type == RetentionDefaults.TaskType);

    [Test]
    public async Task InstallCreatesTheWorkTasksOffWhileThePluginIsOffAndTheRetentionTaskOn()
    {
        await _manager.InstallAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_tasks, Has.Count.EqualTo(3));
            Assert.That(Retention.Enabled, Is.True, "old rows go whether or not the plugin is on");
            Assert.That(Retention.Seconds, Is.EqualTo(24 * 60 * 60));
            Assert.That(Cart.Enabled, Is.False);
            Assert.That(Redemption.Enabled, Is.False, "the redemption task does not run while the plugin is disabled");
            Assert.That(Redemption.Seconds, Is.EqualTo(AiqLoyaltyDefaults.RedemptionTaskPeriodSeconds));
            Assert.That(_tasks.Select(t => t.StopOnError), Is.All.False);
            foreach (var task in _tasks)
                Assert.That(Type.GetType(task.Type + ", Nop.Plugin.Misc.AiqLoyalty"), Is.Not.Null, "the task type must exist in the plugin assembly: " + task.Type);
        });
    }

    [Test]
    public async Task InstallOverAnExistingTaskAddsOnlyTheMissingOneAndSetsBothFromTheSettings()
    {
        // An installation from before the redemption task, with the plugin on: the update adds it, on.
        _stores[1].Enabled = true;
        _tasks.Add(new ScheduleTask { Type = AiqLoyaltyDefaults.AbandonedCartTaskType, Name = "kept", Enabled = false, Seconds = 900 });

        await _manager.InstallAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_tasks, Has.Count.EqualTo(3));
            Assert.That(Cart.Name, Is.EqualTo("kept"));
            Assert.That(Redemption.Enabled, Is.True);
            Assert.That(Redemption.LastEnabledUtc, Is.EqualTo(Now.UtcDateTime));
        });
    }

    [Test]
    public async Task TheRedemptionTaskRunsWhenAnyStoreHasThePluginOn()
    {
        await _manager.InstallAsync();

        _stores[2].Enabled = true;
        await _manager.SynchronizeAsync();
        Assert.That(Redemption.Enabled, Is.True);
        Assert.That(Cart.Enabled, Is.False, "no store sends carts");

        _stores[2].Enabled = false;
        await _manager.SynchronizeAsync();
        Assert.That(Redemption.Enabled, Is.False);
    }

    [Test]
    public async Task TheCartTaskRunsWhenAnEnabledStoreSendsCartsAtTheDefaultScopesInterval()
    {
        await _manager.InstallAsync();
        _stores[1].AbandonedCartEnabled = true;
        await _manager.SynchronizeAsync();
        Assert.That(Cart.Enabled, Is.False, "the store sending carts has the plugin off");

        _stores[1].Enabled = true;
        _defaults.AbandonedCartRunIntervalMinutes = 5;
        await _manager.SynchronizeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Cart.Enabled, Is.True);
            Assert.That(Cart.Seconds, Is.EqualTo(300));
            Assert.That(Cart.LastEnabledUtc, Is.EqualTo(Now.UtcDateTime));
        });
    }

    [TestCase(0, 60)]
    [TestCase(5000, 1440 * 60)]
    public async Task TheCartTasksPeriodStaysInTheSettingsRange(int minutes, int seconds)
    {
        await _manager.InstallAsync();
        _stores[1].Enabled = _stores[1].AbandonedCartEnabled = true;
        _defaults.AbandonedCartRunIntervalMinutes = minutes;

        await _manager.SynchronizeAsync();

        Assert.That(Cart.Seconds, Is.EqualTo(seconds), "a value written around the page cannot leave the range");
    }

    [Test]
    public async Task AnUnchangedTaskIsNotWritten()
    {
        await _manager.InstallAsync();
        _taskService.Invocations.Clear();

        await _manager.SynchronizeAsync();

        _taskService.Verify(t => t.UpdateTaskAsync(It.IsAny<ScheduleTask>()), Times.Never);
    }

    [Test]
    public async Task UninstallDeletesEveryTask()
    {
        await _manager.InstallAsync();

        await _manager.UninstallAsync();

        Assert.That(_tasks, Is.Empty);
    }
}
