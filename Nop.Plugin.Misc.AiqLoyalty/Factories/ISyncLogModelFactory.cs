using Nop.Plugin.Misc.AiqLoyalty.Models.SyncLog;

namespace Nop.Plugin.Misc.AiqLoyalty.Factories;

/// <summary>Prepares the sync log page and grid.</summary>
public interface ISyncLogModelFactory
{
    /// <summary>The filters with their choices.</summary>
    Task<SyncLogSearchModel> PrepareSearchModelAsync(SyncLogSearchModel searchModel);

    /// <summary>One page of rows for the grid.</summary>
    Task<SyncLogListModel> PrepareListModelAsync(SyncLogSearchModel searchModel);
}
