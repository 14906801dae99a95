using AiqLoyalty.Core.Client;
using Nop.Core;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

/// <summary>The AIQ call log: written once per call by the clients' observer, read by the admin grid, purged by retention.</summary>
public interface IAiqCallLog
{
    /// <summary>An observer that records the calls of a client built with <paramref name="storeId"/>'s settings.</summary>
    IAiqCallObserver ObserverFor(int storeId);

    /// <summary>Writes one call (a single insert, no events).</summary>
    Task WriteAsync(int storeId, AiqCallRecord record);

    /// <summary>Rows matching the filter, newest first.</summary>
    Task<IPagedList<AiqCallLogEntry>> SearchAsync(CallLogFilter filter, int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>Deletes a store's rows started before <paramref name="cutoffUtc"/>, in bounded batches.</summary>
    /// <returns>Rows deleted.</returns>
    Task<int> PurgeAsync(int storeId, DateTime cutoffUtc);

    /// <summary>Deletes every row of calls made for a customer (nopCommerce's "Delete permanently").</summary>
    /// <returns>Rows deleted.</returns>
    Task<int> EraseCustomerAsync(int customerId);
}
