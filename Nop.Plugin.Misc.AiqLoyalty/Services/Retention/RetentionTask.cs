using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Retention;

/// <summary>
/// The daily scheduled task (ScheduleTask.Type = <see cref="RetentionDefaults.TaskType"/>): deletes
/// rows past each store's retention. Safe to run on several nodes at once: each delete re-checks its rule.
/// </summary>
public class RetentionTask : IScheduleTask
{
    #region Fields

    private readonly IRetentionService _retentionService;

    #endregion

    #region Ctor

    /// <summary>Creates the task.</summary>
    public RetentionTask(IRetentionService retentionService)
    {
        _retentionService = retentionService;
    }

    #endregion

    #region Methods

    /// <summary>Runs the purge for every store.</summary>
    public async Task ExecuteAsync()
    {
        await _retentionService.PurgeAsync();
    }

    #endregion
}
