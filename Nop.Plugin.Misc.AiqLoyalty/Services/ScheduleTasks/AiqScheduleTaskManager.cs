using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Misc.AiqLoyalty.Services.Retention;
using Nop.Services.Configuration;
using Nop.Services.ScheduleTasks;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.ScheduleTasks;

/// <summary>
/// Owns the plugin's scheduled tasks. They are store-wide (nopCommerce runs a task for all stores)
/// while the plugin's settings are per store, so a task is enabled when any store needs it; the
/// workers skip the stores where the plugin is off.
/// </summary>
public class AiqScheduleTaskManager : IAiqScheduleTaskManager
{
    #region Fields

    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;
    private readonly IStoreService _storeService;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the manager.</summary>
    public AiqScheduleTaskManager(IScheduleTaskService scheduleTaskService,
        ISettingService settingService,
        IStoreService storeService,
        TimeProvider clock)
    {
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
        _storeService = storeService;
        _clock = clock;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task InstallAsync()
    {
        var tasks = new[]
        {
            (AiqLoyaltyDefaults.AbandonedCartTaskType, AiqLoyaltyDefaults.AbandonedCartTaskName, AiqLoyaltyDefaults.AbandonedCartTaskPeriodSeconds),
            (AiqLoyaltyDefaults.RedemptionTaskType, AiqLoyaltyDefaults.RedemptionTaskName, AiqLoyaltyDefaults.RedemptionTaskPeriodSeconds),
            (RetentionDefaults.TaskType, RetentionDefaults.TaskName, RetentionDefaults.TaskPeriodSeconds)
        };
        foreach (var (type, name, seconds) in tasks)
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(type) is not null)
                continue;

            // Created off; SynchronizeAsync turns it on when the settings ask for it.
            await _scheduleTaskService.InsertTaskAsync(new ScheduleTask
            {
                Name = name,
                Type = type,
                Seconds = seconds,
                Enabled = false,
                StopOnError = false
            });
        }

        await SynchronizeAsync();
    }

    /// <inheritdoc />
    public async Task SynchronizeAsync()
    {
        var anyStoreEnabled = false;
        var anyStoreSendsCarts = false;
        foreach (var store in await _storeService.GetAllStoresAsync())
        {
            var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(store.Id);
            anyStoreEnabled |= settings.Enabled;
            anyStoreSendsCarts |= settings.Enabled && settings.AbandonedCartEnabled;
        }

        var defaults = await _settingService.LoadSettingAsync<AiqLoyaltySettings>();
        await UpdateTaskAsync(AiqLoyaltyDefaults.AbandonedCartTaskType, anyStoreSendsCarts, AiqLoyaltySettingLimits.AbandonedCartRunIntervalSeconds(defaults));
        await UpdateTaskAsync(AiqLoyaltyDefaults.RedemptionTaskType, anyStoreEnabled, null);
        // Old rows go whether or not the plugin is on: a store that turned it off still has its logs.
        await UpdateTaskAsync(RetentionDefaults.TaskType, true, null);
    }

    /// <inheritdoc />
    public async Task UninstallAsync()
    {
        foreach (var type in new[] { AiqLoyaltyDefaults.AbandonedCartTaskType, AiqLoyaltyDefaults.RedemptionTaskType, RetentionDefaults.TaskType })
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(type) is { } task)
                await _scheduleTaskService.DeleteTaskAsync(task);
        }
    }

    #endregion

    #region Utilities

    /// <summary>Writes the task only when something changes; like nopCommerce's task page, enabling it stamps LastEnabledUtc.</summary>
    private async Task UpdateTaskAsync(string type, bool enabled, int? seconds)
    {
        var task = await _scheduleTaskService.GetTaskByTypeAsync(type);
        if (task is null || task.Enabled == enabled && (seconds is null || task.Seconds == seconds))
            return;

        if (enabled && !task.Enabled)
            task.LastEnabledUtc = _clock.GetUtcNow().UtcDateTime;
        task.Enabled = enabled;
        task.Seconds = seconds ?? task.Seconds;
        await _scheduleTaskService.UpdateTaskAsync(task);
    }

    #endregion
}
