using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Redemption;
using Moq;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>Settling the cart's rewards when an order is placed.</summary>
[TestFixture]
public class OrderRewardsConsumerTests
{
    private const int OrderId = 501;
    private CheckoutWorld _world = null!;
    private AiqRewardClaim _used = null!;
    private AiqRewardClaim _unused = null!;

    [SetUp]
    public async Task SetUp()
    {
        _world = new CheckoutWorld();
        _used = (await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId)).Claim!;
        _unused = (await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FifteenPercent.TemplateId)).Claim!;
        Assert.That(_used, Is.Not.Null);
        Assert.That(_unused, Is.Not.Null);
    }

    private Task PlaceAnnsOrderUsingTenOffAsync() =>
        _world.OrderConsumer.HandleEventAsync(new OrderPlacedEvent(_world.PlaceOrder(_world.Ann, OrderId, _used.DiscountId)));

    [Test]
    public async Task ModelAUsedClaimIsPlacedWithTheOrderAndItsDiscountDeactivated()
    {
        await PlaceAnnsOrderUsingTenOffAsync();

        var used = _world.Claims.Find(_used.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That((ClaimState)used.StateId, Is.EqualTo(ClaimState.Placed));
            Assert.That(used.OrderId, Is.EqualTo(OrderId));
            Assert.That(used.RedemptionModelId, Is.EqualTo((int)AiqRedemptionModel.RedeemOnOrder));
            Assert.That(_world.Locks.Rows.Select(l => l.ClaimId), Is.EqualTo(new[] { _used.Id }),
                "a placed claim still holds the reward until it is redeemed; the unused one's lock is gone");
            Assert.That(_world.Discounts[_used.DiscountId].IsActive, Is.False, "kept for its usage history, but inactive");
        });
        _world.DiscountService.Verify(d => d.UpdateDiscountAsync(It.Is<Discount>(x => x.Id == _used.DiscountId && !x.IsActive)), Times.Once);
        _world.DiscountService.Verify(d => d.DeleteDiscountAsync(It.Is<Discount>(x => x.Id == _used.DiscountId)), Times.Never);
    }

    [Test]
    [Category("Abuse")]
    public async Task Attack06_ModelBReuse_ARewardRecordedForThePosStaysHeldUntilTheWalletDropsItOrStaffReleaseIt()
    {
        _world.Settings.RedemptionModelId = (int)AiqRedemptionModel.RecordForPos;

        await PlaceAnnsOrderUsingTenOffAsync();

        var used = _world.Claims.Find(_used.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That((ClaimState)used.StateId, Is.EqualTo(ClaimState.RecordedForPos));
            Assert.That(used.OrderId, Is.EqualTo(OrderId));
            Assert.That(used.RedemptionModelId, Is.EqualTo((int)AiqRedemptionModel.RecordForPos));
            Assert.That(_world.Locks.Rows.Select(l => l.ClaimId), Is.EqualTo(new[] { _used.Id }), "the reward stays held for the POS");
            Assert.That(_world.Discounts[_used.DiscountId].IsActive, Is.False);
        });
        _world.DiscountService.Verify(d => d.DeleteDiscountAsync(It.Is<Discount>(x => x.Id == _used.DiscountId)), Times.Never);

        // The wallet still lists it (the POS has not redeemed it): a second online apply is refused, in any cart.
        var again = await _world.ClaimService.ApplyAsync(_world.AnnElsewhere, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        Assert.That(again.Refusal, Is.EqualTo(ApplyRefusal.HeldForPos));
        Assert.That(await _world.ClaimService.ReleasePosHeldGoneAsync(_world.Settings, _world.Wallet), Is.Zero, "still listed: still held");

        // The POS redeemed it: the wallet no longer lists it, and the hold goes.
        var redeemedAtPos = _world.Wallet with { Offers = _world.Wallet.Offers.Where(o => o.TemplateId != CheckoutWorld.TenOff.TemplateId).ToList() };
        Assert.That(await _world.ClaimService.ReleasePosHeldGoneAsync(_world.Settings, redeemedAtPos), Is.EqualTo(1));
        Assert.That((ClaimState)_world.Claims.Find(_used.Id)!.StateId, Is.EqualTo(ClaimState.Released));
        Assert.That(_world.Locks.Rows, Is.Empty);
    }

    [Test]
    public async Task StaffCanReleaseARewardHeldForThePos()
    {
        _world.Settings.RedemptionModelId = (int)AiqRedemptionModel.RecordForPos;
        await PlaceAnnsOrderUsingTenOffAsync();

        Assert.That(await _world.ClaimService.ReleaseHeldForPosAsync(_unused.Id), Is.False, "not held for the POS");
        Assert.That(await _world.ClaimService.ReleaseHeldForPosAsync(_used.Id), Is.True);
        Assert.That(_world.Locks.Rows, Is.Empty);
        var again = await _world.ClaimService.ApplyAsync(_world.AnnElsewhere, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        Assert.That(again.Applied, Is.True, again.Refusal.ToString());
    }

    [Test]
    public async Task AnUnusedClaimIsReleasedAndItsDiscountDeleted()
    {
        await PlaceAnnsOrderUsingTenOffAsync();

        var unused = _world.Claims.Find(_unused.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That((ClaimState)unused.StateId, Is.EqualTo(ClaimState.Released));
            Assert.That(unused.OrderId, Is.Null);
            Assert.That(_world.Locks.Rows.Any(l => l.ClaimId == _unused.Id), Is.False);
            Assert.That(_world.Discounts.ContainsKey(_unused.DiscountId), Is.False);
        });
        _world.DiscountService.Verify(d => d.DeleteDiscountAsync(It.Is<Discount>(x => x.Id == _unused.DiscountId)), Times.Once);
    }

    [Test]
    public async Task TheOrderNoteRecordsThePointsOfTheRewardsUsed()
    {
        await PlaceAnnsOrderUsingTenOffAsync();

        var note = _world.Notes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(note.OrderId, Is.EqualTo(OrderId));
            Assert.That(note.DisplayToCustomer, Is.False);
            Assert.That(note.Note, Does.Contain("$10 off (AIQ template t-10, POS discount POS-10) pointsDeduction 300"));
            Assert.That(note.Note, Does.Contain("Total pointsDeduction: 300."));
            Assert.That(note.Note, Does.Not.Contain("15% off"), "the unused reward is not on the note");
            Assert.That(note.Note, Does.Contain("Redemption model A"));
        });
    }

    [Test]
    public async Task RunningTheHandlerTwiceChangesNothingTheSecondTime()
    {
        var order = _world.PlaceOrder(_world.Ann, OrderId, _used.DiscountId);
        await _world.OrderConsumer.HandleEventAsync(new OrderPlacedEvent(order));
        var claimsAfterFirst = _world.Claims.Rows.Select(c => (c.Id, c.StateId, c.OrderId, c.UpdatedOnUtc)).ToList();
        var locksAfterFirst = _world.Locks.Rows.Select(l => l.Id).ToList();
        var discountsAfterFirst = _world.Discounts.Values.Select(d => (d.Id, d.IsActive)).ToList();
        _world.DiscountService.Invocations.Clear();
        _world.ClaimRepository.Invocations.Clear();
        _world.LockRepository.Invocations.Clear();

        await _world.OrderConsumer.HandleEventAsync(new OrderPlacedEvent(order));

        Assert.Multiple(() =>
        {
            Assert.That(_world.Notes, Has.Count.EqualTo(1));
            Assert.That(_world.Claims.Rows.Select(c => (c.Id, c.StateId, c.OrderId, c.UpdatedOnUtc)), Is.EqualTo(claimsAfterFirst));
            Assert.That(_world.Locks.Rows.Select(l => l.Id), Is.EqualTo(locksAfterFirst));
            Assert.That(_world.Discounts.Values.Select(d => (d.Id, d.IsActive)), Is.EqualTo(discountsAfterFirst));
        });
        _world.DiscountService.Verify(d => d.UpdateDiscountAsync(It.IsAny<Discount>()), Times.Never);
        _world.DiscountService.Verify(d => d.DeleteDiscountAsync(It.IsAny<Discount>()), Times.Never);
        _world.ClaimRepository.Verify(r => r.UpdateAsync(It.IsAny<AiqRewardClaim>(), It.IsAny<bool>()), Times.Never);
        _world.Logger.Verify(l => l.ErrorAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Nop.Core.Domain.Customers.Customer>()), Times.Never);
    }

    [Test]
    public async Task AnOrderThatUsedNoRewardReleasesThemAllAndWritesNoNote()
    {
        await _world.OrderConsumer.HandleEventAsync(new OrderPlacedEvent(_world.PlaceOrder(_world.Ann, OrderId)));

        Assert.Multiple(() =>
        {
            Assert.That(_world.Claims.Rows.Select(c => (ClaimState)c.StateId), Has.All.EqualTo(ClaimState.Released));
            Assert.That(_world.Locks.Rows, Is.Empty);
            Assert.That(_world.Discounts, Is.Empty);
            Assert.That(_world.Notes, Is.Empty);
        });
    }

    [Test]
    public async Task AnotherCustomersOrderDoesNotTouchAnnsClaims()
    {
        await _world.OrderConsumer.HandleEventAsync(new OrderPlacedEvent(_world.PlaceOrder(_world.Bob, OrderId + 1)));

        Assert.That(_world.Claims.Rows.Select(c => (ClaimState)c.StateId), Has.All.EqualTo(ClaimState.Claimed));
        Assert.That(_world.Locks.Rows, Has.Count.EqualTo(2));
        _world.DiscountService.Verify(d => d.GetAllDiscountUsageHistoryAsync(It.IsAny<int?>(), It.IsAny<int?>(), It.IsAny<int?>(), It.IsAny<bool>(),
            It.IsAny<int>(), It.IsAny<int>()), Times.Never);
    }

    [Test]
    public async Task AUsedStoreDiscountRewardIsPlacedAndTheMerchantsDiscountStaysActive()
    {
        var bogo = _world.AddStoreDiscount("BOGO-1");
        var claim = (await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.Bogo.TemplateId)).Claim!;

        await _world.OrderConsumer.HandleEventAsync(new OrderPlacedEvent(_world.PlaceOrder(_world.Ann, OrderId, claim.DiscountId)));

        Assert.That((ClaimState)_world.Claims.Find(claim.Id)!.StateId, Is.EqualTo(ClaimState.Placed));
        Assert.That(_world.Discounts[bogo.Id].IsActive, Is.True);
        Assert.That(_world.Discounts[claim.DiscountId].IsActive, Is.False, "the claim's own copy is used up");
        Assert.That(_world.Notes.Single().Note, Does.Contain("BOGO pre-rolls (AIQ template t-bogo, POS discount BOGO-1) pointsDeduction 400"));
    }

    [Test]
    public async Task AFailureIsLoggedWithTheOrderAndNotThrown()
    {
        var failure = new InvalidOperationException("usage history unavailable");
        _world.DiscountService.Setup(d => d.GetAllDiscountUsageHistoryAsync(It.IsAny<int?>(), It.IsAny<int?>(), It.IsAny<int?>(), It.IsAny<bool>(),
            It.IsAny<int>(), It.IsAny<int>())).ThrowsAsync(failure);

        await PlaceAnnsOrderUsingTenOffAsync();

        _world.Logger.Verify(l => l.ErrorAsync(It.Is<string>(m => m.Contains(OrderId.ToString())), failure, null), Times.Once);
        Assert.That(_world.Claims.Rows.Select(c => (ClaimState)c.StateId), Has.All.EqualTo(ClaimState.Claimed), "left for the redemption worker");
        Assert.That(_world.Notes, Is.Empty);
    }

    [Test]
    public async Task AnEventWithoutAnOrderIsIgnored()
    {
        await _world.OrderConsumer.HandleEventAsync(new OrderPlacedEvent(null));
        await _world.OrderConsumer.HandleEventAsync(null!);

        Assert.That(_world.Claims.Rows.Select(c => (ClaimState)c.StateId), Has.All.EqualTo(ClaimState.Claimed));
        _world.Logger.Verify(l => l.ErrorAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Nop.Core.Domain.Customers.Customer>()), Times.Never);
    }
}
