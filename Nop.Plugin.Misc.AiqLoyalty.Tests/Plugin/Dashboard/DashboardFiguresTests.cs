using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using Moq;
using Nop.Core.Caching;
using Nop.Core.Configuration;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Dashboard;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Dashboard;

/// <summary>The dashboard's figures from seeded claim, cart sync and call log rows: today, the last 7 days, claims needing attention, the short cache.</summary>
[TestFixture]
public class DashboardFiguresTests
{
    private static readonly DateTime Today = new(2026, 11, 30, 7, 0, 0, DateTimeKind.Utc);

    private InMemoryTable<AiqRewardClaim> _claims = null!;
    private InMemoryTable<AiqCartSync> _syncRows = null!;
    private InMemoryTable<AiqCallLogEntry> _calls = null!;
    private List<CacheKey> _cacheKeys = null!;
    private DashboardFigures _figures = null!;

    [SetUp]
    public void SetUp()
    {
        // CacheKey reads the default cache time from the app settings.
        Singleton<AppSettings>.Instance ??= new AppSettings([new CacheConfig()]);
        _claims = InMemoryRepository.ClaimTable();
        _syncRows = InMemoryRepository.Table<AiqCartSync>();
        _calls = InMemoryRepository.Table<AiqCallLogEntry>();
        _cacheKeys = [];

        var cache = new Mock<IStaticCacheManager>(MockBehavior.Strict);
        cache.Setup(c => c.PrepareKey(It.IsAny<CacheKey>(), It.IsAny<object[]>()))
            .Returns((CacheKey key, object[] args) => new CacheKey(string.Format(key.Key, args)));
        cache.Setup(c => c.GetAsync(It.IsAny<CacheKey>(), It.IsAny<Func<Task<DashboardFigureSet>>>()))
            .Returns((CacheKey key, Func<Task<DashboardFigureSet>> acquire) => { _cacheKeys.Add(key); return acquire(); });

        _figures = new DashboardFigures(InMemoryRepository.Over(_calls).Object, InMemoryRepository.Over(_syncRows).Object,
            InMemoryRepository.Over(_claims).Object, cache.Object);
    }

    private void Claim(DateTime created, ClaimState state = ClaimState.Claimed, DateTime? redeemed = null, DateTime? refunded = null, long points = 0) =>
        _claims.Seed(new AiqRewardClaim
        {
            CreatedOnUtc = created,
            UpdatedOnUtc = refunded ?? redeemed ?? created,
            StateId = (int)state,
            RedeemedOnUtc = redeemed,
            RefundedOnUtc = refunded,
            PointsDeduction = points
        });

    private void Cart(CartSyncStatus status, DateTime updated, DateTime? sent = null) =>
        _syncRows.Seed(new AiqCartSync { StatusId = (int)status, UpdatedOnUtc = updated, SentOnUtc = sent });

    private void Call(AiqCallOutcome outcome, DateTime started) => _calls.Seed(new AiqCallLogEntry { OutcomeId = (int)outcome, StartedOnUtc = started });

    [Test]
    public async Task TodayAndTheLastSevenDaysCountFromTheTables()
    {
        Claim(Today.AddHours(1));
        Claim(Today.AddDays(-3), ClaimState.Redeemed, redeemed: Today.AddHours(2), points: 300);
        Claim(Today.AddDays(-2), ClaimState.Redeemed, redeemed: Today.AddDays(-2), points: 150);
        Claim(Today.AddDays(-6), ClaimState.Refunded, redeemed: Today.AddDays(-6), refunded: Today.AddHours(3), points: 200);
        Claim(Today.AddDays(-8), ClaimState.Redeemed, redeemed: Today.AddDays(-8), points: 999);
        Claim(Today.AddDays(-20), ClaimState.NeedsAttention);
        Claim(Today.AddHours(1), ClaimState.NeedsAttention);
        Claim(Today.AddDays(-30), ClaimState.RefundNeedsAttention, redeemed: Today.AddDays(-30));

        Cart(CartSyncStatus.Sent, Today.AddHours(1), Today.AddHours(1));
        Cart(CartSyncStatus.Recovered, Today.AddHours(2), Today.AddDays(-1));
        Cart(CartSyncStatus.Sent, Today.AddDays(-9), Today.AddDays(-9));
        Cart(CartSyncStatus.Failed, Today.AddHours(1));
        Cart(CartSyncStatus.Failed, Today.AddDays(-4));
        Cart(CartSyncStatus.Skipped, Today.AddDays(-1));
        Cart(CartSyncStatus.SkippedNoConsent, Today.AddHours(2));
        Cart(CartSyncStatus.SkippedNoConsent, Today.AddDays(-3));
        Cart(CartSyncStatus.Retrying, Today.AddHours(1));

        Call(AiqCallOutcome.Error, Today.AddHours(1));
        Call(AiqCallOutcome.Error, Today.AddDays(-5));
        Call(AiqCallOutcome.Error, Today.AddDays(-7));
        Call(AiqCallOutcome.Declined, Today.AddHours(1));
        Call(AiqCallOutcome.Succeeded, Today.AddHours(1));

        var figures = await _figures.GetAsync(Today);

        Assert.Multiple(() =>
        {
            Assert.That(figures.WeekFromUtc, Is.EqualTo(Today.AddDays(-6)));
            Assert.That(figures.Today, Is.EqualTo(new DashboardWindow(RewardsApplied: 2, Redeemed: 1, PointsDeducted: 300, PointsReturned: 200,
                CartsSent: 1, CartsFailed: 1, CartsSkipped: 0, CartsNoConsent: 1, AiqErrors: 1)));
            Assert.That(figures.Week, Is.EqualTo(new DashboardWindow(RewardsApplied: 5, Redeemed: 3, PointsDeducted: 650, PointsReturned: 200,
                CartsSent: 2, CartsFailed: 2, CartsSkipped: 1, CartsNoConsent: 2, AiqErrors: 2)),
                "a declined answer (wrong PIN, not a member) is not an AIQ error; 7 days means today and the 6 before");
            Assert.That(figures.NeedsAttention, Is.EqualTo(3), "every redemption or refund waiting for staff, however old");
        });
    }

    [Test]
    public async Task AnEmptyStoreShowsZeros()
    {
        var figures = await _figures.GetAsync(Today);

        Assert.That(figures.Today, Is.EqualTo(new DashboardWindow(0, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.That(figures.NeedsAttention, Is.Zero);
    }

    [Test]
    public async Task TheFiguresAreCachedForAMinutePerDay()
    {
        await _figures.GetAsync(Today);
        await _figures.GetAsync(Today.AddDays(1));

        Assert.Multiple(() =>
        {
            Assert.That(_cacheKeys.Select(k => k.CacheTime), Is.All.EqualTo(1));
            Assert.That(_cacheKeys.Select(k => k.Key).Distinct().Count(), Is.EqualTo(2), "a new day is a new entry");
        });
    }
}
