using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AiqLoyalty.Services;

/// <summary>
/// The scheduled task (ScheduleTask.Type = <see cref="AiqLoyaltyDefaults.AbandonedCartTaskType"/>):
/// one bounded run of the abandoned-cart sync over every store. nopCommerce's task lock keeps two
/// store instances from running it at once; all state lives in the sync rows.
/// </summary>
public class AbandonedCartSyncTask : IScheduleTask
{
    #region Fields

    private readonly IAbandonedCartSyncService _syncService;

    #endregion

    #region Ctor

    /// <summary>Creates the task.</summary>
    public AbandonedCartSyncTask(IAbandonedCartSyncService syncService)
    {
        _syncService = syncService;
    }

    #endregion

    #region Methods

    /// <summary>Runs the sync for all stores.</summary>
    public async Task ExecuteAsync()
    {
        await _syncService.RunAsync();
    }

    #endregion
}
