using Nop.Plugin.Misc.AiqLoyalty.Models.CallLog;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

namespace Nop.Plugin.Misc.AiqLoyalty.Factories;

/// <summary>Prepares the call log page and grid.</summary>
public interface ICallLogModelFactory
{
    /// <summary>The filters with their choices.</summary>
    Task<CallLogSearchModel> PrepareSearchModelAsync(CallLogSearchModel searchModel);

    /// <summary>One page of rows for the grid.</summary>
    Task<CallLogListModel> PrepareListModelAsync(CallLogSearchModel searchModel);

    /// <summary>
    /// The page's filters as the log reads them: unknown values mean "all"; the dates are days in the
    /// admin's time zone and the "to" day counts whole (the grid and the CSV export share this).
    /// </summary>
    Task<CallLogFilter> ToFilterAsync(CallLogSearchModel searchModel);
}
