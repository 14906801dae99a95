using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Dashboard;

/// <summary>
/// Counts and sums over the claim, cart sync and call log tables, each an indexed range query
/// (claims by creation, redemption and refund time; sync rows by status and change time; calls by
/// outcome and start), kept in nopCommerce's static cache for a minute.
/// </summary>
public class DashboardFigures : IDashboardFigures
{
    #region Fields

    /// <summary>The states staff must resolve (a redemption or a refund AIQ's answers could not settle).</summary>
    private static readonly int[] NeedsStaffIds = Enum.GetValues<ClaimState>().Where(ClaimStateMachine.NeedsStaff).Select(state => (int)state).ToArray();
    private static readonly int SentId = (int)CartSyncStatus.Sent;
    private static readonly int RecoveredId = (int)CartSyncStatus.Recovered;
    private static readonly int FailedId = (int)CartSyncStatus.Failed;
    private static readonly int SkippedId = (int)CartSyncStatus.Skipped;
    private static readonly int NoConsentId = (int)CartSyncStatus.SkippedNoConsent;
    private static readonly int ErrorId = (int)AiqCallOutcome.Error;

    private readonly IRepository<AiqCallLogEntry> _callLogRepository;
    private readonly IRepository<AiqCartSync> _syncRepository;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IStaticCacheManager _staticCacheManager;

    #endregion

    #region Ctor

    /// <summary>Creates the figures service.</summary>
    public DashboardFigures(IRepository<AiqCallLogEntry> callLogRepository,
        IRepository<AiqCartSync> syncRepository,
        IRepository<AiqRewardClaim> claimRepository,
        IStaticCacheManager staticCacheManager)
    {
        _callLogRepository = callLogRepository;
        _syncRepository = syncRepository;
        _claimRepository = claimRepository;
        _staticCacheManager = staticCacheManager;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<DashboardFigureSet> GetAsync(DateTime todayFromUtc)
    {
        var key = _staticCacheManager.PrepareKey(DashboardDefaults.FiguresCacheKey, todayFromUtc.Ticks);
        // PrepareKey gives the store's default cache time; the figures live for a minute only.
        key.CacheTime = DashboardDefaults.CacheMinutes;
        return await _staticCacheManager.GetAsync(key, async () =>
        {
            var weekFromUtc = todayFromUtc.AddDays(1 - DashboardDefaults.WeekDays);
            var needsAttention = await _claimRepository.Table.CountAsync(claim => NeedsStaffIds.Contains(claim.StateId));
            return new DashboardFigureSet(todayFromUtc, weekFromUtc, await WindowAsync(todayFromUtc), await WindowAsync(weekFromUtc), needsAttention);
        });
    }

    #endregion

    #region Utilities

    /// <summary>The figures from <paramref name="fromUtc"/> on (rows cannot be newer than now).</summary>
    private async Task<DashboardWindow> WindowAsync(DateTime fromUtc)
    {
        var claims = _claimRepository.Table;
        var applied = await claims.CountAsync(claim => claim.CreatedOnUtc >= fromUtc);
        var redeemed = await claims.CountAsync(claim => claim.RedeemedOnUtc >= fromUtc);
        var deducted = await claims.Where(claim => claim.RedeemedOnUtc >= fromUtc).SumAsync(claim => (long?)claim.PointsDeduction) ?? 0;
        var returned = await claims.Where(claim => claim.RefundedOnUtc >= fromUtc).SumAsync(claim => (long?)claim.PointsDeduction) ?? 0;

        // A sent row is changed at or after its send, so the change time narrows the range the index reads.
        var syncRows = _syncRepository.Table;
        var sent = await syncRows.CountAsync(sync => (sync.StatusId == SentId || sync.StatusId == RecoveredId)
            && sync.UpdatedOnUtc >= fromUtc && sync.SentOnUtc >= fromUtc);
        var failed = await syncRows.CountAsync(sync => sync.StatusId == FailedId && sync.UpdatedOnUtc >= fromUtc);
        var skipped = await syncRows.CountAsync(sync => sync.StatusId == SkippedId && sync.UpdatedOnUtc >= fromUtc);
        var noConsent = await syncRows.CountAsync(sync => sync.StatusId == NoConsentId && sync.UpdatedOnUtc >= fromUtc);

        var errors = await _callLogRepository.Table.CountAsync(call => call.OutcomeId == ErrorId && call.StartedOnUtc >= fromUtc);
        return new DashboardWindow(applied, redeemed, deducted, returned, sent, failed, skipped, noConsent, errors);
    }

    #endregion
}
