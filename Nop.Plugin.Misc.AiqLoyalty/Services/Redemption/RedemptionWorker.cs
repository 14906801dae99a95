using System.Diagnostics;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;

/// <summary>
/// The durable redemption worker (run by a scheduled task): picks the claims with work due from the
/// database, processes each under a distributed lock so two store instances never handle the same
/// claim, and stops within its time budget; the next run resumes from the table. The claims of a
/// store where the plugin is disabled wait (nothing is sent to AIQ for them) until it is enabled again.
/// </summary>
public class RedemptionWorker : IRedemptionWorker
{
    #region Fields

    /// <summary>A "Redeeming" claim older than this belongs to a worker that died.</summary>
    public static readonly TimeSpan StaleRedeemingAfter = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan RunBudget = TimeSpan.FromSeconds(60);
    private const int BatchSize = 100;

    private static readonly int[] WorkStates =
    [
        (int)ClaimState.Placed, (int)ClaimState.FailedRetryable, (int)ClaimState.OutcomeUnknown,
        (int)ClaimState.Redeeming, (int)ClaimState.Redeemed
    ];

    private readonly IAiqClientProvider _clientProvider;
    private readonly ILocker _locker;
    private readonly ILogger _logger;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IRewardClaimService _claimService;
    private readonly ISettingService _settingService;
    private readonly IStoreService _storeService;
    private readonly RedemptionLedger _ledger;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the worker.</summary>
    public RedemptionWorker(IAiqClientProvider clientProvider,
        ILocker locker,
        ILogger logger,
        IRepository<AiqRewardClaim> claimRepository,
        IRewardClaimService claimService,
        ISettingService settingService,
        IStoreService storeService,
        RedemptionLedger ledger,
        TimeProvider clock)
    {
        _clientProvider = clientProvider;
        _locker = locker;
        _logger = logger;
        _claimRepository = claimRepository;
        _claimService = claimService;
        _settingService = settingService;
        _storeService = storeService;
        _ledger = ledger;
        _clock = clock;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var enabledStoreIds = await GetEnabledStoreIdsAsync();
        var now = _clock.GetUtcNow().UtcDateTime;
        var due = DueClaims(_claimRepository.Table, now);

        if (enabledStoreIds.Count == 0)
        {
            var waiting = await due.CountAsync();
            await _logger.InformationAsync($"AIQ loyalty is disabled in every store: the redemption task did nothing ({waiting} reward claim(s) wait until it is enabled).");
            return 0;
        }

        var held = await due.Where(c => !enabledStoreIds.Contains(c.StoreId)).Select(c => c.StoreId).ToListAsync();
        if (held.Count > 0)
        {
            await _logger.WarningAsync($"AIQ loyalty: {held.Count} reward claim(s) wait because the plugin is disabled in store(s) "
                + $"{string.Join(", ", held.Distinct().Order())}; they are redeemed or refunded once it is enabled there.");
        }

        await _claimService.ReleaseExpiredAsync(now);

        var candidates = await DueClaims(_claimRepository.Table.Where(c => enabledStoreIds.Contains(c.StoreId)), now)
            .Take(BatchSize)
            .ToListAsync();

        var processed = 0;
        foreach (var candidate in candidates)
        {
            if (watch.Elapsed > RunBudget || cancellationToken.IsCancellationRequested)
                break;
            if (await ProcessClaimAsync(candidate.Id, cancellationToken))
                processed++;
        }

        return processed;
    }

    /// <summary>
    /// The claims with redemption or refund work due at <paramref name="nowUtc"/>, in the order the
    /// worker takes them: those never scheduled (no next attempt: due since their order was placed)
    /// first, then by due time, then by id.
    /// </summary>
    /// <remarks>
    /// The NULL-first order is spelled out because databases disagree where NULL sorts: first on SQL
    /// Server and MySQL/MariaDB, last on PostgreSQL, where a backlog of retries would otherwise hold
    /// newly placed claims back.
    /// </remarks>
    public static IQueryable<AiqRewardClaim> DueClaims(IQueryable<AiqRewardClaim> claims, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims
            .Where(c => WorkStates.Contains(c.StateId)
                && c.RedemptionModelId == (int)AiqRedemptionModel.RedeemOnOrder
                && (c.StateId != (int)ClaimState.Redeemed || c.RefundRequested)
                && (c.NextAttemptOnUtc == null || c.NextAttemptOnUtc <= nowUtc))
            .OrderBy(c => c.NextAttemptOnUtc == null ? 0 : 1)
            .ThenBy(c => c.NextAttemptOnUtc)
            .ThenBy(c => c.Id);
    }

    /// <inheritdoc />
    public async Task CancelClaimAsync(int claimId, CancellationToken cancellationToken = default)
    {
        var redeemed = false;
        var done = await WithClaimLockAsync(claimId, cancellationToken, async () =>
        {
            var row = await _claimRepository.GetByIdAsync(claimId);
            if (row is null)
                return;
            var claim = await _ledger.ToRedemptionClaimAsync(row);
            if (claim.State is ClaimState.Released or ClaimState.Refunded or ClaimState.Refunding or ClaimState.FailedFinal || claim.RefundRequested)
                return;

            if (ClaimStateMachine.TryFire(claim.State, ClaimTrigger.OrderCancelled, out var next) && next == ClaimState.Released)
            {
                // Not redeemed (or model B): release; nothing is ever PUT for it.
                await _ledger.SaveAsync(claim with { State = next, RefundRequested = true, NextAttemptAt = null });
                return;
            }

            // Redeemed, or a redemption still being settled: the points go back once it is.
            await _ledger.SaveAsync(claim with { RefundRequested = true, NextAttemptAt = null });
            redeemed = claim.State == ClaimState.Redeemed;
        });

        if (!done)
            throw new InvalidOperationException($"AIQ reward claim {claimId} is busy; its cancellation will be retried.");
        if (redeemed)
            await ProcessClaimAsync(claimId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> ProcessClaimAsync(int claimId, CancellationToken cancellationToken = default)
    {
        var processed = false;
        await WithClaimLockAsync(claimId, cancellationToken, async () =>
        {
            var row = await _claimRepository.GetByIdAsync(claimId);
            if (row is null)
                return;

            var claim = await _ledger.ToRedemptionClaimAsync(row);
            var processor = new RedemptionProcessor(_ledger, new RetrySchedule(new RetryScheduleOptions(), Random.Shared), _clock);
            if (!processor.IsDue(claim, StaleRedeemingAfter))
                return;

            // The call log names the order and claim this redemption or refund serves.
            using var callScope = AiqCallScope.Begin(row.CustomerId, row.OrderId, row.Id, ContactMasker.Mask((ContactKind)row.IdentityKindId, row.IdentityValue));
            try
            {
                var client = await _clientProvider.GetClientAsync(row.StoreId);
                await processor.ProcessAsync(client, claim, cancellationToken);
                processed = true;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await _logger.ErrorAsync($"AIQ loyalty: processing reward claim {claimId} failed; it is retried on the next run.", exception);
            }
        });
        return processed;
    }

    #endregion

    #region Utilities

    /// <summary>The stores where the plugin is enabled (settings per store, falling back to the default scope).</summary>
    private async Task<List<int>> GetEnabledStoreIdsAsync()
    {
        var storeIds = new List<int>();
        foreach (var store in await _storeService.GetAllStoresAsync())
        {
            if ((await _settingService.LoadSettingAsync<AiqLoyaltySettings>(store.Id)).Enabled)
                storeIds.Add(store.Id);
        }

        return storeIds;
    }

    /// <summary>Runs the action under the claim's distributed lock, waiting up to ~15 s for another holder.</summary>
    private async Task<bool> WithClaimLockAsync(int claimId, CancellationToken cancellationToken, Func<Task> action)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            if (await _locker.PerformActionWithLockAsync($"Nop.Plugin.Misc.AiqLoyalty.Claim.{claimId}", TimeSpan.FromMinutes(2), action))
                return true;
            await Task.Delay(500, cancellationToken);
        }

        return false;
    }

    #endregion
}
