using System.Diagnostics;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;

/// <summary>
/// The durable redemption worker (run by a scheduled task on every store instance): picks the claims
/// whose next-attempt time has come from the database, in bounded batches shared fairly between
/// stores, and takes each one step on. Two instances may pick the same claim: the first conditional
/// write (e.g. "Redeeming" before the PUT) decides which one acts, the other stops with
/// <see cref="ClaimChangedException"/> before calling AIQ. The claims of a store where the plugin is
/// disabled wait (nothing is sent to AIQ for them) until it is enabled again.
/// </summary>
public class RedemptionWorker : IRedemptionWorker
{
    #region Fields

    private static readonly TimeSpan RunBudget = TimeSpan.FromSeconds(60);
    private const int BatchSize = 100;
    private const int MinimumPerStore = 10;
    private const int CancelTries = 5;

    private static readonly int[] WorkStates =
    [
        (int)ClaimState.Placed, (int)ClaimState.FailedRetryable, (int)ClaimState.OutcomeUnknown,
        (int)ClaimState.Redeeming, (int)ClaimState.Refunding, (int)ClaimState.Redeemed
    ];

    private readonly IAiqClientProvider _clientProvider;
    private readonly IClaimTransitions _transitions;
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
        IClaimTransitions transitions,
        ILogger logger,
        IRepository<AiqRewardClaim> claimRepository,
        IRewardClaimService claimService,
        ISettingService settingService,
        IStoreService storeService,
        RedemptionLedger ledger,
        TimeProvider clock)
    {
        _clientProvider = clientProvider;
        _transitions = transitions;
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

        var processed = 0;
        foreach (var claimId in await PickBatchAsync(enabledStoreIds, now))
        {
            if (watch.Elapsed > RunBudget || cancellationToken.IsCancellationRequested)
                break;
            if (await ProcessClaimAsync(claimId, cancellationToken))
                processed++;
        }

        return processed;
    }

    /// <summary>
    /// The claims with redemption or refund work due at <paramref name="nowUtc"/>, oldest due first.
    /// A claim without a next-attempt time is never due: it waits for staff or is done. A claim that
    /// keeps failing moves back by its retry schedule, so it cannot hold newer claims up.
    /// </summary>
    public static IQueryable<AiqRewardClaim> DueClaims(IQueryable<AiqRewardClaim> claims, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims
            .Where(c => WorkStates.Contains(c.StateId)
                && c.RedemptionModelId == (int)AiqRedemptionModel.RedeemOnOrder
                && (c.StateId != (int)ClaimState.Redeemed || c.RefundRequested)
                && c.NextAttemptOnUtc != null && c.NextAttemptOnUtc <= nowUtc)
            .OrderBy(c => c.NextAttemptOnUtc)
            .ThenBy(c => c.Id);
    }

    /// <inheritdoc />
    public async Task CancelClaimAsync(int claimId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < CancelTries; attempt++)
        {
            var row = await _claimRepository.GetByIdAsync(claimId);
            if (row is null)
                return;

            var state = (ClaimState)row.StateId;
            if (state is ClaimState.Released or ClaimState.Refunded or ClaimState.FailedFinal)
                return;

            if (state != ClaimState.Redeemed && ClaimStateMachine.TryFire(state, ClaimTrigger.OrderCancelled, out var next) && next == ClaimState.Released)
            {
                // Not redeemed (or model B): release; nothing is ever PUT for it.
                if (await _transitions.TryFireAsync(row, ClaimTrigger.OrderCancelled, r => r.NextAttemptOnUtc = null))
                    return;
                continue;
            }

            // Redeemed, or a redemption or refund in flight or waiting for staff: the flag makes the
            // points go back once the claim is redeemed; a redeemed claim's refund is due now.
            await _transitions.FlagRefundAsync(claimId);
            if (state != ClaimState.Redeemed)
                return;
            var now = _clock.GetUtcNow().UtcDateTime;
            if (await _transitions.TryUpdateAsync(row, r => r.NextAttemptOnUtc = now))
                return;
        }

        throw new InvalidOperationException($"AIQ reward claim {claimId} kept changing; its cancellation will be retried.");
    }

    /// <inheritdoc />
    public async Task<bool> ProcessClaimAsync(int claimId, CancellationToken cancellationToken = default)
    {
        var row = await _claimRepository.GetByIdAsync(claimId);
        if (row is null)
            return false;

        var claim = await _ledger.ToRedemptionClaimAsync(row);
        var processor = new RedemptionProcessor(_ledger, new RetrySchedule(new RetryScheduleOptions(), Random.Shared), _clock);
        if (!processor.IsDue(claim))
            return false;

        // The call log names the order and claim this redemption or refund serves.
        using var callScope = AiqCallScope.Begin(row.CustomerId, row.OrderId, row.Id, ContactMasker.Mask((ContactKind)row.IdentityKindId, row.IdentityValue));
        try
        {
            var client = await _clientProvider.GetClientAsync(row.StoreId);
            await processor.ProcessAsync(client, claim, cancellationToken);
            return true;
        }
        catch (ClaimChangedException)
        {
            // Another store instance or staff moved the claim first; it acts, this run does not.
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await _logger.ErrorAsync($"AIQ loyalty: processing reward claim {claimId} failed; it is tried again later.", exception);
            await PutBackAsync(claimId);
            return false;
        }
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Up to <see cref="BatchSize"/> due claims, each store getting its share first (a store with a
    /// backlog cannot hold another store's claims up), oldest due first.
    /// </summary>
    private async Task<IList<int>> PickBatchAsync(IReadOnlyCollection<int> storeIds, DateTime nowUtc)
    {
        var perStore = Math.Max(MinimumPerStore, BatchSize / Math.Max(1, storeIds.Count));
        var picked = new List<(DateTime? Due, int Id)>();
        foreach (var storeId in storeIds)
        {
            var rows = await DueClaims(_claimRepository.Table.Where(c => c.StoreId == storeId), nowUtc)
                .Take(perStore)
                .Select(c => new { c.NextAttemptOnUtc, c.Id })
                .ToListAsync();
            picked.AddRange(rows.Select(r => (r.NextAttemptOnUtc, r.Id)));
        }

        return picked.OrderBy(p => p.Due).ThenBy(p => p.Id).Take(BatchSize).Select(p => p.Id).ToList();
    }

    /// <summary>
    /// A claim whose step threw before writing anything moves back a little, so a claim that keeps
    /// failing cannot stay at the head of the queue.
    /// </summary>
    private async Task PutBackAsync(int claimId)
    {
        var row = await _claimRepository.GetByIdAsync(claimId);
        var now = _clock.GetUtcNow().UtcDateTime;
        if (row?.NextAttemptOnUtc is not { } next || next > now)
            return;
        var later = new RetrySchedule(new RetryScheduleOptions(), Random.Shared).DelayCeiling(row.Attempts + 1);
        await _transitions.TryUpdateAsync(row, r => r.NextAttemptOnUtc = now + later);
    }

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

    #endregion
}
