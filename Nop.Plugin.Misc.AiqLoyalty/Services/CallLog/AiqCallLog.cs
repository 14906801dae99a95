using AiqLoyalty.Core.Client;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Retention;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

/// <summary>
/// The call log over its table. A call is written inline, as one insert without nopCommerce's entity
/// events, after AIQ has answered: nothing waits in memory to be lost, and the cost per call is that
/// one insert (measured by benchmarks/AiqLoyalty.CallLogBenchmark).
/// </summary>
public class AiqCallLog : IAiqCallLog
{
    #region Fields

    private readonly IRepository<AiqCallLogEntry> _repository;

    #endregion

    #region Ctor

    /// <summary>Creates the call log.</summary>
    public AiqCallLog(IRepository<AiqCallLogEntry> repository)
    {
        _repository = repository;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public IAiqCallObserver ObserverFor(int storeId) => new StoreCallObserver(this, storeId);

    /// <inheritdoc />
    public async Task WriteAsync(int storeId, AiqCallRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _repository.InsertAsync(ToEntry(storeId, record), false);
    }

    /// <inheritdoc />
    public async Task<IPagedList<AiqCallLogEntry>> SearchAsync(CallLogFilter filter, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        // Ids grow with time, so newest-first by id reads the primary key instead of sorting.
        return await _repository.Table.Filter(filter).OrderByDescending(entry => entry.Id).ToPagedListAsync(pageIndex, pageSize);
    }

    /// <inheritdoc />
    public Task<int> PurgeAsync(int storeId, DateTime cutoffUtc) =>
        _repository.DeleteInBatchesAsync(entry => entry.StoreId == storeId && entry.StartedOnUtc < cutoffUtc);

    /// <inheritdoc />
    public Task<int> EraseCustomerAsync(int customerId) => _repository.DeleteAsync(entry => entry.CustomerId == customerId);

    /// <summary>The row for a call (the record holds nothing secret: the key, full contacts and URLs never reach it).</summary>
    public static AiqCallLogEntry ToEntry(int storeId, AiqCallRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new AiqCallLogEntry
        {
            StoreId = storeId,
            StartedOnUtc = record.StartedOnUtc,
            OperationId = (int)record.Call,
            OutcomeId = (int)record.Outcome,
            ErrorKindId = record.ErrorKind is { } kind ? (int)kind : null,
            HttpStatus = record.HttpStatus,
            DurationMs = (int)Math.Clamp(Math.Round(record.Duration.TotalMilliseconds), 0, int.MaxValue),
            Attempts = record.Attempts,
            ContactMasked = StoredText.Fit(record.ContactMasked, AiqLoyaltyDefaults.Columns.ContactMaskedLength),
            CustomerId = record.Scope?.CustomerId,
            OrderId = record.Scope?.OrderId,
            ClaimId = record.Scope?.ClaimId
        };
    }

    #endregion

    #region Nested classes

    /// <summary>Binds the log to the store whose settings built the client.</summary>
    private sealed class StoreCallObserver : IAiqCallObserver
    {
        private readonly AiqCallLog _log;
        private readonly int _storeId;

        public StoreCallObserver(AiqCallLog log, int storeId)
        {
            _log = log;
            _storeId = storeId;
        }

        public Task OnCallCompletedAsync(AiqCallRecord record) => _log.WriteAsync(_storeId, record);
    }

    #endregion
}
