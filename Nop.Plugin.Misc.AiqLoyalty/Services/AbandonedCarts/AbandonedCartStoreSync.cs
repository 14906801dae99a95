using System.Diagnostics;
using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Client;
using Nop.Core.Domain.Stores;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// The run loop of one store: batch after batch from <see cref="IAbandonedCartBatchLoader"/>, each
/// cart through <see cref="IAbandonedCartSender"/> with at most
/// <see cref="AbandonedCartDefaults.MaxConcurrentCarts"/> carts in progress, until the selection is
/// empty, a send stops the run (429, refused credentials) or the deadline passes. All progress lives
/// in the sync rows, so the next run resumes where this one stopped.
/// </summary>
public class AbandonedCartStoreSync : IAbandonedCartStoreSync
{
    #region Fields

    private readonly IAbandonedCartBatchLoader _batchLoader;
    private readonly IAbandonedCartSender _sender;
    private readonly IAbandonedCartSyncLog _syncLog;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    /// <summary>Creates the store run.</summary>
    public AbandonedCartStoreSync(IAbandonedCartBatchLoader batchLoader,
        IAbandonedCartSender sender,
        IAbandonedCartSyncLog syncLog,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _batchLoader = batchLoader;
        _sender = sender;
        _syncLog = syncLog;
        _logger = logger;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    #endregion

    #region Utilities

    private DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<AbandonedCartSyncResult> SyncStoreAsync(Store store, AiqLoyaltySettings settings, IAiqClient client, DateTime deadlineUtc,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(client);

        var result = new AbandonedCartSyncResult();
        var options = AiqLoyaltySettingLimits.CartOptions(settings);
        var validation = await new AbandonedCartOptionsValidator().ValidateAsync(options, cancellationToken);
        if (!validation.IsValid)
        {
            await _logger.WarningAsync($"AIQ loyalty: abandoned carts not sent for store {store.Id}: {string.Join(" ", validation.Errors.Select(error => error.ErrorMessage))}");
            result.Stop("InvalidSettings");
            return result;
        }

        result.AddStore();
        result.AddRecovered(await _syncLog.SweepRecoveredAsync(store.Id));

        var now = UtcNow;
        if (await _sender.IsRateLimitedAsync(store.Id, now))
        {
            // AIQ asked this store to wait (Retry-After on a 429): no send before that time, on any instance.
            result.Stop("RateLimited");
            result.AddPurged(await _syncLog.PurgeAsync(store.Id, settings.SyncLogRetentionDays));
            return result;
        }

        using var control = new AbandonedCartRunControl(result, deadlineUtc);
        var afterCustomerId = 0;
        while (!control.IsStopped)
        {
            if (UtcNow >= deadlineUtc)
            {
                control.Stop("RunBudget");
                break;
            }

            var watch = Stopwatch.StartNew();
            var candidates = await _batchLoader.SelectAsync(store.Id, options, now, afterCustomerId);
            result.AddSelection(watch.Elapsed, candidates.Count);
            if (candidates.Count == 0)
                break;
            afterCustomerId = candidates[^1].CustomerId;

            var batch = await _batchLoader.LoadAsync(store, candidates, options, now);
            var prewritten = await _sender.PrewriteNewRowsAsync(store.Id, batch);
            await Parallel.ForEachAsync(batch,
                new ParallelOptions { MaxDegreeOfParallelism = AbandonedCartDefaults.MaxConcurrentCarts, CancellationToken = cancellationToken },
                async (work, token) =>
                {
                    if (control.IsStopped)
                        return;
                    if (UtcNow >= deadlineUtc)
                    {
                        control.Stop("RunBudget");
                        return;
                    }

                    try
                    {
                        result.Count(await _sender.ProcessAsync(store.Id, work, client, control, prewritten.GetValueOrDefault(work.Candidate.CustomerId), token));
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        result.Count(AbandonedCartOutcome.Error);
                        await _logger.ErrorAsync($"AIQ loyalty: abandoned cart of customer {work.Candidate.CustomerId} (store {store.Id}) not processed.", exception);
                    }
                });

            await _sender.ReleaseUnsentAsync(prewritten.Values, control);

            if (candidates.Count < AbandonedCartDefaults.BatchSize)
                break;
        }

        result.AddPurged(await _syncLog.PurgeAsync(store.Id, settings.SyncLogRetentionDays));
        return result;
    }

    #endregion
}
