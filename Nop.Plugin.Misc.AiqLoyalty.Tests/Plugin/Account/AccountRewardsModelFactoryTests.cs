using AiqLoyalty.Core.Redemption;
using Nop.Plugin.Misc.AiqLoyalty.Services.Account;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Account;

/// <summary>
/// The rewards page's past orders (in-memory claims and orders): only the logged-in customer's own
/// orders in the current store, only rewards an order used, newest order first, in pages, each with
/// its status in the shopper's words. Results are read with <see cref="Completed"/> (see there why).
/// </summary>
[TestFixture]
public class AccountRewardsModelFactoryTests
{
    private AccountRewardsWorld _w = null!;

    [SetUp]
    public void SetUp() => _w = new AccountRewardsWorld();

    [Test]
    public void ShowsTheRewardsTheCustomersOwnOrdersUsed_NewestOrderFirst_WithTheOrderAndTheStatus()
    {
        var older = _w.Order(_w.Customer, daysAgo: 10);
        var newer = _w.Order(_w.Customer, daysAgo: 1);
        _w.Claim(_w.Customer, older, "$5 OFF", ClaimState.Redeemed, points: 50);
        _w.Claim(_w.Customer, newer, "15% OFF", ClaimState.Placed, points: 300);
        _w.Claim(_w.Customer, newer, "Free pre-roll", ClaimState.Refunded, points: 120, refundRequested: true);

        var rows = Completed.Result(_w.Factory.PrepareAccountRewardsModelAsync(_w.Customer, AccountRewardsWorld.Store, null)).PastOrderRewards;

        Assert.That(rows.Select(r => (r.OrderId, r.RewardName, r.Points, r.Status)), Is.EqualTo(new[]
        {
            (newer.Id, "15% OFF", 300L, ShopperClaimStatus.Processing),
            (newer.Id, "Free pre-roll", 120L, ShopperClaimStatus.PointsReturned),
            (older.Id, "$5 OFF", 50L, ShopperClaimStatus.Redeemed)
        }));
        Assert.Multiple(() =>
        {
            Assert.That(rows[0].CustomOrderNumber, Is.EqualTo(newer.CustomOrderNumber), "the order number the shopper knows");
            Assert.That(rows[0].OrderDate, Is.EqualTo(newer.CreatedOnUtc.AddHours(AccountRewardsWorld.ShopperUtcOffsetHours)), "the date in the shopper's time zone");
            Assert.That(rows.Select(r => r.StatusText), Is.EqualTo(rows.Select(r => AccountLocaleResources.StatusName(r.Status))), "each status is a locale resource");
        });
    }

    [Test]
    public void AnotherCustomersRewardsNeverShow_NorOwnClaimsPointingAtSomeoneElsesOrder()
    {
        var own = _w.Order(_w.Customer, daysAgo: 2);
        var others = _w.Order(_w.Other, daysAgo: 1);
        _w.Claim(_w.Customer, own, "mine", ClaimState.Redeemed);
        _w.Claim(_w.Other, others, "theirs", ClaimState.Redeemed);
        _w.Claim(_w.Other, own, "theirs on my order", ClaimState.Redeemed);
        _w.Claim(_w.Customer, others, "mine on their order", ClaimState.Redeemed);

        var mine = Completed.Result(_w.Factory.PrepareAccountRewardsModelAsync(_w.Customer, AccountRewardsWorld.Store, null)).PastOrderRewards;
        var theirs = Completed.Result(_w.Factory.PrepareAccountRewardsModelAsync(_w.Other, AccountRewardsWorld.Store, null)).PastOrderRewards;

        Assert.Multiple(() =>
        {
            Assert.That(mine.Select(r => r.RewardName), Is.EqualTo(new[] { "mine" }));
            Assert.That(theirs.Select(r => r.RewardName), Is.EqualTo(new[] { "theirs" }));
        });
    }

    [Test]
    public void OnlyTheCurrentStoresOrders_DeletedOrdersAndRewardsNoOrderUsedAreLeftOut()
    {
        var here = _w.Order(_w.Customer, daysAgo: 3);
        var elsewhere = _w.Order(_w.Customer, daysAgo: 2, storeId: AccountRewardsWorld.OtherStore);
        var deleted = _w.Order(_w.Customer, daysAgo: 1, deleted: true);
        _w.Claim(_w.Customer, here, "here", ClaimState.Redeemed);
        _w.Claim(_w.Customer, elsewhere, "other store", ClaimState.Redeemed, storeId: AccountRewardsWorld.OtherStore);
        _w.Claim(_w.Customer, deleted, "deleted order", ClaimState.Redeemed);
        _w.Claim(_w.Customer, null, "in the cart", ClaimState.Claimed);
        _w.Claim(_w.Customer, null, "removed from the cart", ClaimState.Released);

        var rows = Completed.Result(_w.Factory.PrepareAccountRewardsModelAsync(_w.Customer, AccountRewardsWorld.Store, null)).PastOrderRewards;
        var otherStore = Completed.Result(_w.Factory.PrepareAccountRewardsModelAsync(_w.Customer, AccountRewardsWorld.OtherStore, null)).PastOrderRewards;

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.RewardName), Is.EqualTo(new[] { "here" }));
            Assert.That(otherStore.Select(r => r.RewardName), Is.EqualTo(new[] { "other store" }));
        });
    }

    [Test]
    public void TwelveRewardsMakeTwoPagesOfTen_ThePagerLinksThePluginsPagedRoute()
    {
        for (var day = 1; day <= 12; day++)
            _w.Claim(_w.Customer, _w.Order(_w.Customer, daysAgo: day), $"day {day}", ClaimState.Redeemed);

        var first = Completed.Result(_w.Factory.PrepareAccountRewardsModelAsync(_w.Customer, AccountRewardsWorld.Store, null));
        var second = Completed.Result(_w.Factory.PrepareAccountRewardsModelAsync(_w.Customer, AccountRewardsWorld.Store, 2));
        var beyond = Completed.Result(_w.Factory.PrepareAccountRewardsModelAsync(_w.Customer, AccountRewardsWorld.Store, 9));

        Assert.Multiple(() =>
        {
            Assert.That(first.PastOrderRewards.Select(r => r.RewardName), Is.EqualTo(Enumerable.Range(1, 10).Select(d => $"day {d}")));
            Assert.That(second.PastOrderRewards.Select(r => r.RewardName), Is.EqualTo(new[] { "day 11", "day 12" }));
            Assert.That(beyond.PastOrderRewards, Is.Empty, "a page past the end is empty, not an error");
            Assert.That(first.PagerModel.TotalRecords, Is.EqualTo(12));
            Assert.That(first.PagerModel.PageSize, Is.EqualTo(AiqLoyaltyDefaults.AccountPastOrdersPageSize));
            Assert.That(second.PagerModel.PageIndex, Is.EqualTo(1));
            Assert.That(first.PagerModel.RouteActionName, Is.EqualTo(AiqLoyaltyDefaults.AccountPagedRouteName));
            Assert.That(first.PagerModel.UseRouteLinks, Is.True);
        });
    }

    [TestCase(0)]
    [TestCase(-3)]
    public void APageNumberBelowOneReadsAsTheFirstPage(int pageNumber)
    {
        _w.Claim(_w.Customer, _w.Order(_w.Customer, daysAgo: 1), "only", ClaimState.Redeemed);

        var model = Completed.Result(_w.Factory.PrepareAccountRewardsModelAsync(_w.Customer, AccountRewardsWorld.Store, pageNumber));

        Assert.That(model.PastOrderRewards.Select(r => r.RewardName), Is.EqualTo(new[] { "only" }));
    }

    [Test]
    public void NoRewardsUsedYet_AnEmptyListAndNoPages()
    {
        _w.Order(_w.Customer, daysAgo: 1);

        var model = Completed.Result(_w.Factory.PrepareAccountRewardsModelAsync(_w.Customer, AccountRewardsWorld.Store, null));

        Assert.That(model.PastOrderRewards, Is.Empty);
        Assert.That(model.PagerModel.TotalRecords, Is.Zero);
    }
}
