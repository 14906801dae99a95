using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Offers;
using AiqLoyalty.Core.Redemption;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>Applying and removing rewards: claims, locks, discounts and coupons.</summary>
[TestFixture]
public class RewardClaimServiceTests
{
    private CheckoutWorld _world = null!;

    [SetUp]
    public void SetUp() => _world = new CheckoutWorld();

    #region ApplyAsync

    [Test]
    public async Task ApplyWritesAClaimItsLockAndADiscountOnlyThatClaimCanUseAndAppliesTheCoupon()
    {
        var before = DateTime.UtcNow;

        var result = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId, staffCustomerId: 7);

        Assert.That(result.Applied, Is.True, result.Refusal.ToString());
        var claim = _world.Claims.Rows.Single();
        var discount = _world.InsertedDiscounts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Claim!.Id, Is.EqualTo(claim.Id));
            Assert.That(claim.StoreId, Is.EqualTo(CheckoutWorld.Store));
            Assert.That(claim.CustomerId, Is.EqualTo(_world.Ann.Id));
            Assert.That(claim.StaffCustomerId, Is.EqualTo(7));
            Assert.That(claim.ContactId, Is.EqualTo(CheckoutWorld.AnnContact));
            Assert.That(claim.TemplateId, Is.EqualTo("t-10"));
            Assert.That(claim.PosDiscountId, Is.EqualTo("POS-10"));
            Assert.That(claim.RewardName, Is.EqualTo("$10 off"));
            Assert.That(claim.PointsDeduction, Is.EqualTo(300));
            Assert.That(claim.RedemptionUrl, Is.EqualTo(CheckoutWorld.TenOff.RedemptionUrl));
            Assert.That(claim.StateId, Is.EqualTo((int)ClaimState.Claimed));
            Assert.That(claim.RedemptionModelId, Is.EqualTo((int)AiqRedemptionModel.RedeemOnOrder));
            Assert.That(claim.IdempotencyKey, Is.Not.Null.And.Not.Empty);
            Assert.That(claim.DiscountId, Is.EqualTo(discount.Id).And.Not.Zero, "the claim row is updated with its discount");
            Assert.That(claim.DiscountCreatedByPlugin, Is.True);
            Assert.That(claim.CouponCode, Is.EqualTo(discount.CouponCode));

            var claimLock = _world.Locks.Rows.Single();
            Assert.That(claimLock.ClaimId, Is.EqualTo(claim.Id));
            Assert.That(claimLock.LockKey, Is.EqualTo(ClaimEligibility.LiveClaimKey("1546", CheckoutWorld.AnnContact, "t-10")));

            Assert.That(discount.DiscountType, Is.EqualTo(DiscountType.AssignedToOrderSubTotal));
            Assert.That(discount.UsePercentage, Is.False);
            Assert.That(discount.DiscountAmount, Is.EqualTo(10m));
            Assert.That(discount.MaximumDiscountAmount, Is.Null);
            Assert.That(discount.RequiresCouponCode, Is.True);
            Assert.That(discount.CouponCode, Does.Match("^AIQ-[0-9A-Fa-f]{30,}$"));
            Assert.That(discount.DiscountLimitation, Is.EqualTo(DiscountLimitationType.NTimesOnly));
            Assert.That(discount.LimitationTimes, Is.EqualTo(1));
            Assert.That(discount.IsActive, Is.True);
            Assert.That(discount.IsCumulative, Is.False, "settings: no stacking");
            Assert.That(discount.StartDateUtc, Is.LessThanOrEqualTo(before));
            Assert.That(discount.EndDateUtc, Is.GreaterThan(DateTime.UtcNow).And.LessThanOrEqualTo(DateTime.UtcNow.AddMinutes(31)));
            Assert.That(discount.Name, Does.StartWith(AiqLoyaltyDefaults.DiscountNamePrefix));

            var requirement = _world.PluginRequirementOf(discount.Id);
            Assert.That(requirement.IsGroup, Is.False);
            Assert.That(_world.CouponsOf(_world.Ann), Is.EqualTo(new[] { discount.CouponCode }));
        });
    }

    [Test]
    public async Task APercentageRewardBecomesAPercentageDiscountCappedAtTheOffersCapAndStacksWhenTheStoreAllowsIt()
    {
        _world.Settings.AllowStackingWithStoreDiscounts = true;

        var result = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FifteenPercent.TemplateId);

        Assert.That(result.Applied, Is.True, result.Refusal.ToString());
        var discount = _world.InsertedDiscounts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(discount.UsePercentage, Is.True);
            Assert.That(discount.DiscountPercentage, Is.EqualTo(15m));
            Assert.That(discount.MaximumDiscountAmount, Is.EqualTo(25m));
            Assert.That(discount.DiscountAmount, Is.Zero);
            Assert.That(discount.IsCumulative, Is.True);
        });
    }

    [Test]
    public async Task EveryClaimGetsItsOwnUnguessableCoupon()
    {
        await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FifteenPercent.TemplateId);

        var codes = _world.InsertedDiscounts.Select(d => d.CouponCode).ToList();
        Assert.That(codes, Has.Count.EqualTo(2));
        Assert.That(codes[0], Is.Not.EqualTo(codes[1]));
        Assert.That(codes, Has.All.Match("^AIQ-[0-9A-Fa-f]{30,}$"));
        Assert.That(_world.CouponsOf(_world.Ann), Is.EquivalentTo(codes));
    }

    [Test]
    public async Task TheSameRewardForTheSameContactFromAnotherCartIsClaimedElsewhereAndLeavesNothingBehind()
    {
        var first = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        Assert.That(first.Applied, Is.True);

        var second = await _world.ClaimService.ApplyAsync(_world.AnnElsewhere, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);

        Assert.Multiple(() =>
        {
            Assert.That(second.Refusal, Is.EqualTo(ApplyRefusal.ClaimedElsewhere));
            Assert.That(second.Applied, Is.False);
            Assert.That(second.Claim, Is.Null);
            Assert.That(_world.Claims.Rows.Select(c => c.Id), Is.EqualTo(new[] { first.Claim!.Id }), "the second claim row is removed");
            Assert.That(_world.Locks.Rows.Select(l => l.ClaimId), Is.EqualTo(new[] { first.Claim!.Id }), "the first claim keeps its lock");
            Assert.That(_world.InsertedDiscounts, Has.Count.EqualTo(1), "no discount for the refused claim");
            Assert.That(_world.CouponsOf(_world.AnnElsewhere), Is.Empty);
            Assert.That(_world.CouponsOf(_world.Ann), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task OnceTheFirstCartRemovesTheRewardTheOtherCartCanApplyIt()
    {
        var first = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        await _world.ClaimService.RemoveAsync(_world.Ann, CheckoutWorld.Store, first.Claim!.Id);

        var second = await _world.ClaimService.ApplyAsync(_world.AnnElsewhere, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);

        Assert.That(second.Applied, Is.True, second.Refusal.ToString());
        Assert.That(_world.Locks.Rows.Single().ClaimId, Is.EqualTo(second.Claim!.Id));
    }

    [Test]
    public async Task AnotherContactMayHoldTheSameReward()
    {
        await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);

        var bob = await _world.ClaimService.ApplyAsync(_world.Bob, CheckoutWorld.Store, _world.Settings, _world.Wallet with { ContactId = "c_bob" }, CheckoutWorld.TenOff.TemplateId);

        Assert.That(bob.Applied, Is.True, bob.Refusal.ToString());
        Assert.That(_world.Locks.Rows, Has.Count.EqualTo(2));
    }

    [Test]
    public void ALockFailureThatIsNotADuplicateIsRethrownWithoutADiscount()
    {
        _world.LockRepository.Setup(r => r.InsertAsync(It.IsAny<AiqRewardClaimLock>(), It.IsAny<bool>()))
            .ThrowsAsync(new TimeoutException("database timeout"));

        Assert.ThrowsAsync<TimeoutException>(() =>
            _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId));

        Assert.That(_world.InsertedDiscounts, Is.Empty);
        Assert.That(_world.CouponsOf(_world.Ann), Is.Empty);
    }

    [Test]
    public void ALockFailureThatIsNotADuplicateLeavesNoAppliedClaimBehind()
    {
        _world.LockRepository.Setup(r => r.InsertAsync(It.IsAny<AiqRewardClaimLock>(), It.IsAny<bool>()))
            .ThrowsAsync(new TimeoutException("database timeout"));

        Assert.ThrowsAsync<TimeoutException>(() =>
            _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId));

        // An applied claim without lock or discount would show in the box as applied, count towards the
        // per-order limit and refuse the same reward as AlreadyApplied until it expires.
        Assert.That(Completed.Result(_world.ClaimService.GetCartClaimsAsync(CheckoutWorld.Store, _world.Ann.Id)), Is.Empty);
    }

    [Test]
    public async Task TheStoresLimitOfRewardsPerOrderIsKept()
    {
        _world.Settings.MaxRewardsPerOrder = 2;
        await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FifteenPercent.TemplateId);

        var third = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FiveOffOverFifty.TemplateId);

        Assert.Multiple(() =>
        {
            Assert.That(third.Refusal, Is.EqualTo(ApplyRefusal.MaxRewardsReached));
            Assert.That(_world.Claims.Rows, Has.Count.EqualTo(2));
            Assert.That(_world.Locks.Rows, Has.Count.EqualTo(2));
            Assert.That(_world.InsertedDiscounts, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task ALimitOfOneAllowsOneReward()
    {
        _world.Settings.MaxRewardsPerOrder = 1;
        var first = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        var second = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FifteenPercent.TemplateId);

        Assert.That(first.Applied, Is.True);
        Assert.That(second.Refusal, Is.EqualTo(ApplyRefusal.MaxRewardsReached));
    }

    [Test]
    public async Task RewardsAppliedInAnotherStoreDoNotCountTowardsTheLimit()
    {
        _world.Settings.MaxRewardsPerOrder = 1;
        await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.OtherStore, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);

        var here = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FifteenPercent.TemplateId);

        Assert.That(here.Applied, Is.True, here.Refusal.ToString());
    }

    [Test]
    public async Task ApplyingTheSameRewardTwiceToOneCartIsAlreadyApplied()
    {
        await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);

        var again = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);

        Assert.That(again.Refusal, Is.EqualTo(ApplyRefusal.AlreadyApplied));
        Assert.That(_world.Claims.Rows, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RefusalsWriteNothing()
    {
        _world.Subtotals[_world.Ann.Id] = 40m;

        var notVerified = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet with { ContactId = null }, "t-10");
        var notOffered = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, "t-gone");
        var belowMinimum = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FiveOffOverFifty.TemplateId);
        var notEnoughPoints = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet with { Points = 100 }, "t-10");

        Assert.Multiple(() =>
        {
            Assert.That(notVerified.Refusal, Is.EqualTo(ApplyRefusal.NotVerified));
            Assert.That(notOffered.Refusal, Is.EqualTo(ApplyRefusal.NotOffered));
            Assert.That(belowMinimum.Refusal, Is.EqualTo(ApplyRefusal.BelowMinimum));
            Assert.That(notEnoughPoints.Refusal, Is.EqualTo(ApplyRefusal.NotEnoughPoints));
            Assert.That(_world.Claims.Rows, Is.Empty);
            Assert.That(_world.Locks.Rows, Is.Empty);
            Assert.That(_world.InsertedDiscounts, Is.Empty);
            Assert.That(_world.CouponsOf(_world.Ann), Is.Empty);
        });
    }

    [Test]
    [Category("Abuse")]
    public async Task Attack04_MerchantsSharedCouponHandedOut_AMappedRewardGetsItsOwnOneTimeCopyOfTheStoreDiscount()
    {
        var bogo = _world.AddStoreDiscount("BOGO-1");
        _world.Discounts[bogo.Id].UsePercentage = true;
        _world.Discounts[bogo.Id].DiscountPercentage = 50m;
        _world.Discounts[bogo.Id].MaximumDiscountedQuantity = 1;
        _world.ProductMappings.Add(new DiscountProductMapping { DiscountId = bogo.Id, EntityId = 18 });
        _world.CategoryMappings.Add(new DiscountCategoryMapping { DiscountId = bogo.Id, EntityId = 3 });

        var result = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.Bogo.TemplateId);

        Assert.That(result.Applied, Is.True, result.Refusal.ToString());
        var claim = _world.Claims.Rows.Single();
        var copy = _world.Discounts[claim.DiscountId];
        Assert.Multiple(() =>
        {
            Assert.That(claim.DiscountId, Is.Not.EqualTo(bogo.Id), "never the merchant's own discount");
            Assert.That(claim.DiscountCreatedByPlugin, Is.True);
            Assert.That(claim.CouponCode, Is.Not.EqualTo("BOGO-1").And.Match("^AIQ-[0-9A-F]{30}$"), "the shopper never sees the store's coupon");
            Assert.That(_world.CouponsOf(_world.Ann), Is.EqualTo(new[] { claim.CouponCode }));
            Assert.That(copy.DiscountType, Is.EqualTo(DiscountType.AssignedToSkus), "same type as the store's discount");
            Assert.That(copy.UsePercentage, Is.True);
            Assert.That(copy.DiscountPercentage, Is.EqualTo(50m));
            Assert.That(copy.MaximumDiscountedQuantity, Is.EqualTo(1));
            Assert.That(copy.DiscountLimitation, Is.EqualTo(DiscountLimitationType.NTimesOnly));
            Assert.That(copy.LimitationTimes, Is.EqualTo(1));
            Assert.That(_world.ProductMappings.Where(m => m.DiscountId == copy.Id).Select(m => m.EntityId), Is.EqualTo(new[] { 18 }), "applies to the same products");
            Assert.That(_world.CategoryMappings.Where(m => m.DiscountId == copy.Id).Select(m => m.EntityId), Is.EqualTo(new[] { 3 }), "and categories");
            Assert.That(_world.PluginRequirementOf(copy.Id).ParentId, Is.Not.Null, "the copy carries the owner requirement in a group");
        });

        // The merchant's discount is now a template no order can use on its own (no claim points at it).
        var templateRequirement = _world.PluginRequirementOf(bogo.Id);
        Assert.That(await _world.ClaimService.IsDiscountUsableAsync(templateRequirement.Id, _world.Ann, CheckoutWorld.Store), Is.False, "not even for the claimant");
        Assert.That(await _world.ClaimService.IsDiscountUsableAsync(templateRequirement.Id, _world.Bob, CheckoutWorld.Store), Is.False, "nor anyone typing BOGO-1");
        Assert.That(await _world.ClaimService.IsDiscountUsableAsync(_world.PluginRequirementOf(copy.Id).Id, _world.Ann, CheckoutWorld.Store), Is.True, "the copy works for its claimant");
        Assert.That(await _world.ClaimService.IsDiscountUsableAsync(_world.PluginRequirementOf(copy.Id).Id, _world.Bob, CheckoutWorld.Store), Is.False);

        // After Remove, the copy is gone and the template still applies to nobody.
        await _world.ClaimService.RemoveAsync(_world.Ann, CheckoutWorld.Store, claim.Id);
        Assert.That(_world.Discounts.ContainsKey(copy.Id), Is.False);
        Assert.That(await _world.ClaimService.IsDiscountUsableAsync(templateRequirement.Id, _world.Ann, CheckoutWorld.Store), Is.False);
    }

    [Test]
    public async Task AStoreDiscountWithoutACouponStillGetsAOneTimeCouponCopy()
    {
        var bogo = _world.AddStoreDiscount("BOGO-1", requiresCoupon: false);

        var result = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.Bogo.TemplateId);

        Assert.That(result.Applied, Is.True, result.Refusal.ToString());
        var copy = _world.Discounts[_world.Claims.Rows.Single().DiscountId];
        Assert.That(copy.Id, Is.Not.EqualTo(bogo.Id));
        Assert.That(copy.RequiresCouponCode, Is.True);
        Assert.That(_world.CouponsOf(_world.Ann), Is.EqualTo(new[] { copy.CouponCode }));
    }

    [Test]
    public async Task AStoreDiscountWhoseRulesAreOrGroupedIsNotUsedOnline()
    {
        var bogo = _world.AddStoreDiscount("BOGO-1");
        _world.Requirements.Add(new DiscountRequirement { Id = 6000, DiscountId = bogo.Id, IsGroup = true, InteractionType = RequirementGroupInteractionType.Or });

        var result = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.Bogo.TemplateId);

        Assert.That(result.Refusal, Is.EqualTo(ApplyRefusal.NotAvailableOnline), "its owner check could not be guaranteed");
        Assert.That(_world.Requirements.Where(r => r.DiscountId == bogo.Id).ToList(), Has.Count.EqualTo(1), "the merchant's rules are left alone");
    }

    [Test]
    public async Task AStoreDiscountRewardWithoutAMappedDiscountIsNotAvailableOnline()
    {
        var result = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.Bogo.TemplateId);

        Assert.Multiple(() =>
        {
            Assert.That(result.Refusal, Is.EqualTo(ApplyRefusal.NotAvailableOnline));
            Assert.That(_world.Claims.Rows, Is.Empty);
            Assert.That(_world.Locks.Rows, Is.Empty);
            Assert.That(_world.InsertedDiscounts, Is.Empty);
        });
    }

    [Test]
    public async Task AnInactiveStoreDiscountDoesNotCount()
    {
        var bogo = _world.AddStoreDiscount("BOGO-1");
        _world.Discounts[bogo.Id].IsActive = false;

        var result = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.Bogo.TemplateId);

        Assert.That(result.Refusal, Is.EqualTo(ApplyRefusal.NotAvailableOnline));
    }

    [Test]
    public async Task AFailureWhileCreatingTheDiscountUndoesTheClaimAndTheLockAndIsRethrown()
    {
        _world.DiscountService.Setup(d => d.InsertDiscountAsync(It.IsAny<Discount>())).ThrowsAsync(new InvalidOperationException("discount table is down"));

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(() =>
            _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId));

        Assert.That(thrown!.Message, Is.EqualTo("discount table is down"));
        var claim = _world.Claims.Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(claim.StateId, Is.EqualTo((int)ClaimState.Released));
            Assert.That(_world.Locks.Rows, Is.Empty, "the reward is free again");
            Assert.That(_world.CouponsOf(_world.Ann), Is.Empty);
        });
        _world.Logger.Verify(l => l.ErrorAsync(It.Is<string>(m => m.Contains("t-10")), It.IsAny<InvalidOperationException>(), _world.Ann), Times.Once);

        // and the reward can be applied again once the store recovers
        _world.DiscountService.Setup(d => d.InsertDiscountAsync(It.IsAny<Discount>())).Returns((Discount d) =>
        {
            d.Id = 999;
            _world.Discounts[d.Id] = d;
            return Task.CompletedTask;
        });
        var retry = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        Assert.That(retry.Applied, Is.True, retry.Refusal.ToString());
    }

    [Test]
    public async Task AFailureWhileApplyingTheCouponRemovesTheDiscountItCreated()
    {
        _world.CustomerService.Setup(c => c.ApplyDiscountCouponCodeAsync(It.IsAny<Customer>(), It.IsAny<string>()))
            .ThrowsAsync(new InvalidOperationException("customer attribute write failed"));

        Assert.ThrowsAsync<InvalidOperationException>(() =>
            _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId));

        Assert.Multiple(() =>
        {
            Assert.That(_world.Claims.Rows.Single().StateId, Is.EqualTo((int)ClaimState.Released));
            Assert.That(_world.Locks.Rows, Is.Empty);
            Assert.That(_world.Discounts, Is.Empty, "the plugin's discount is deleted");
            Assert.That(_world.Requirements, Is.Empty);
        });
    }

    #endregion

    #region RemoveAsync

    [Test]
    public async Task RemoveReleasesTheClaimFreesTheRewardRemovesTheCouponAndDeletesTheDiscount()
    {
        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        var discountId = applied.Claim!.DiscountId;

        var removed = await _world.ClaimService.RemoveAsync(_world.Ann, CheckoutWorld.Store, applied.Claim.Id);

        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.True);
            Assert.That(_world.Claims.Find(applied.Claim.Id)!.StateId, Is.EqualTo((int)ClaimState.Released));
            Assert.That(_world.Locks.Rows, Is.Empty);
            Assert.That(_world.CouponsOf(_world.Ann), Is.Empty);
            Assert.That(_world.Discounts.ContainsKey(discountId), Is.False);
        });
        _world.DiscountService.Verify(d => d.DeleteDiscountAsync(It.Is<Discount>(x => x.Id == discountId)), Times.Once);
    }

    [Test]
    public async Task OnlyTheOwnerInTheSameStoreCanRemoveAClaim()
    {
        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        var id = applied.Claim!.Id;

        var byBob = await _world.ClaimService.RemoveAsync(_world.Bob, CheckoutWorld.Store, id);
        var byOtherCart = await _world.ClaimService.RemoveAsync(_world.AnnElsewhere, CheckoutWorld.Store, id);
        var inOtherStore = await _world.ClaimService.RemoveAsync(_world.Ann, CheckoutWorld.OtherStore, id);
        var unknown = await _world.ClaimService.RemoveAsync(_world.Ann, CheckoutWorld.Store, id + 100);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { byBob, byOtherCart, inOtherStore, unknown }, Has.All.False);
            Assert.That(_world.Claims.Find(id)!.StateId, Is.EqualTo((int)ClaimState.Claimed));
            Assert.That(_world.Locks.Rows, Has.Count.EqualTo(1));
            Assert.That(_world.CouponsOf(_world.Ann), Has.Count.EqualTo(1));
            Assert.That(_world.Discounts.ContainsKey(applied.Claim.DiscountId), Is.True);
        });
    }

    [Test]
    public async Task AClaimAlreadyReleasedOrOrderedCannotBeRemoved()
    {
        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        Assert.That(await _world.ClaimService.RemoveAsync(_world.Ann, CheckoutWorld.Store, applied.Claim!.Id), Is.True);

        Assert.That(await _world.ClaimService.RemoveAsync(_world.Ann, CheckoutWorld.Store, applied.Claim.Id), Is.False);

        var placed = _world.Claims.Seed(new AiqRewardClaim { StoreId = CheckoutWorld.Store, CustomerId = _world.Ann.Id, TemplateId = "t-15", StateId = (int)ClaimState.Placed, OrderId = 9 });
        Assert.That(await _world.ClaimService.RemoveAsync(_world.Ann, CheckoutWorld.Store, placed.Id), Is.False);
        Assert.That(_world.Claims.Find(placed.Id)!.StateId, Is.EqualTo((int)ClaimState.Placed));
    }

    [Test]
    public async Task RemovingAStoreDiscountRewardDeletesItsCopyButLeavesTheMerchantsDiscount()
    {
        var bogo = _world.AddStoreDiscount("BOGO-1");
        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.Bogo.TemplateId);

        await _world.ClaimService.RemoveAsync(_world.Ann, CheckoutWorld.Store, applied.Claim!.Id);

        Assert.That(_world.CouponsOf(_world.Ann), Is.Empty);
        Assert.That(_world.Discounts[bogo.Id].IsActive, Is.True);
        Assert.That(_world.Discounts.ContainsKey(applied.Claim.DiscountId), Is.False);
    }

    #endregion

    #region IsDiscountUsableAsync

    [Test]
    public async Task TheDiscountIsUsableOnlyByItsOwnerInItsStoreWhileApplied()
    {
        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        var requirementId = _world.PluginRequirementOf(applied.Claim!.DiscountId).Id;

        var owner = await _world.ClaimService.IsDiscountUsableAsync(requirementId, _world.Ann, CheckoutWorld.Store);
        var bob = await _world.ClaimService.IsDiscountUsableAsync(requirementId, _world.Bob, CheckoutWorld.Store);
        var otherCart = await _world.ClaimService.IsDiscountUsableAsync(requirementId, _world.AnnElsewhere, CheckoutWorld.Store);
        var otherStore = await _world.ClaimService.IsDiscountUsableAsync(requirementId, _world.Ann, CheckoutWorld.OtherStore);
        var nobody = await _world.ClaimService.IsDiscountUsableAsync(requirementId, null!, CheckoutWorld.Store);
        var unknown = await _world.ClaimService.IsDiscountUsableAsync(requirementId + 1000, _world.Ann, CheckoutWorld.Store);

        Assert.Multiple(() =>
        {
            Assert.That(owner, Is.True);
            Assert.That(bob, Is.False, "another customer");
            Assert.That(otherCart, Is.False, "the same shopper's other cart");
            Assert.That(otherStore, Is.False, "another store");
            Assert.That(nobody, Is.False, "no customer");
            Assert.That(unknown, Is.False, "unknown requirement");
        });
    }

    [Test]
    public async Task TheDiscountIsNotUsableOnceTheClaimLeftTheClaimedState()
    {
        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        var requirementId = _world.PluginRequirementOf(applied.Claim!.DiscountId).Id;
        var claim = _world.Claims.Find(applied.Claim.Id)!;
        claim.StateId = (int)ClaimState.Placed;
        await _world.Claims.UpdateAsync(claim);

        Assert.That(await _world.ClaimService.IsDiscountUsableAsync(requirementId, _world.Ann, CheckoutWorld.Store), Is.False);
    }

    [Test]
    public async Task TheDiscountNeedsTheRewardsMinimumInTheCartBeforeDiscounts()
    {
        _world.Subtotals[_world.Ann.Id] = 60m;
        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FiveOffOverFifty.TemplateId);
        Assert.That(applied.Applied, Is.True, applied.Refusal.ToString());
        var requirementId = _world.PluginRequirementOf(applied.Claim!.DiscountId).Id;

        _world.Subtotals[_world.Ann.Id] = 49.99m;
        var below = await _world.ClaimService.IsDiscountUsableAsync(requirementId, _world.Ann, CheckoutWorld.Store);
        _world.Subtotals[_world.Ann.Id] = 50m;
        var at = await _world.ClaimService.IsDiscountUsableAsync(requirementId, _world.Ann, CheckoutWorld.Store);

        Assert.That(below, Is.False);
        Assert.That(at, Is.True);
        _world.SubtotalReader.Verify(r => r.GetSubtotalBeforeDiscountsAsync(_world.Ann, CheckoutWorld.Store), Times.AtLeast(2));
    }

    [Test]
    public async Task AMappedStoreDiscountIsGuardedOnceAndAppliesToNobodyOnItsOwn()
    {
        var bogo = _world.AddStoreDiscount("BOGO-1");
        await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.Bogo.TemplateId);
        await _world.ClaimService.ApplyAsync(_world.AnnElsewhere, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.Bogo.TemplateId);

        var guards = _world.Requirements.Where(r => r.DiscountId == bogo.Id && r.DiscountRequirementRuleSystemName == AiqLoyaltyDefaults.SystemName).ToList();
        Assert.That(guards, Has.Count.EqualTo(1), "the owner requirement is added once");
        Assert.That(await _world.ClaimService.IsDiscountUsableAsync(guards.Single().Id, _world.Ann, CheckoutWorld.Store), Is.False);
    }

    #endregion

    #region ReleaseMissingAsync / ReleaseExpiredAsync / GetCartClaimsAsync

    [Test]
    public async Task RewardsGoneFromTheFreshWalletAreReleasedAndNamed()
    {
        var tenOff = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        var fifteen = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FifteenPercent.TemplateId);
        var fresh = _world.Wallet with { Offers = [CheckoutWorld.FifteenPercent, CheckoutWorld.Bogo] };

        var gone = await _world.ClaimService.ReleaseMissingAsync(_world.Ann, CheckoutWorld.Store, fresh);

        Assert.Multiple(() =>
        {
            Assert.That(gone, Is.EqualTo(new[] { "$10 off" }));
            Assert.That(_world.Claims.Find(tenOff.Claim!.Id)!.StateId, Is.EqualTo((int)ClaimState.Released));
            Assert.That(_world.Claims.Find(fifteen.Claim!.Id)!.StateId, Is.EqualTo((int)ClaimState.Claimed));
            Assert.That(_world.Locks.Rows.Select(l => l.ClaimId), Is.EqualTo(new[] { fifteen.Claim.Id }));
            Assert.That(_world.CouponsOf(_world.Ann), Is.EqualTo(new[] { fifteen.Claim.CouponCode }));
            Assert.That(_world.Discounts.ContainsKey(tenOff.Claim.DiscountId), Is.False);
            Assert.That(_world.Discounts.ContainsKey(fifteen.Claim.DiscountId), Is.True);
        });
    }

    [Test]
    public async Task NothingIsReleasedWhenEveryAppliedRewardIsStillOffered()
    {
        await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);

        var gone = await _world.ClaimService.ReleaseMissingAsync(_world.Ann, CheckoutWorld.Store, _world.Wallet);

        Assert.That(gone, Is.Empty);
        Assert.That(_world.Claims.Rows.Single().StateId, Is.EqualTo((int)ClaimState.Claimed));
    }

    [Test]
    public void TheCartsClaimsAreTheAppliedOnesOfThatCustomerAndStoreInOrder()
    {
        _world.Claims.Seed(new AiqRewardClaim { StoreId = CheckoutWorld.Store, CustomerId = _world.Ann.Id, TemplateId = "a", StateId = (int)ClaimState.Claimed });
        _world.Claims.Seed(new AiqRewardClaim { StoreId = CheckoutWorld.Store, CustomerId = _world.Ann.Id, TemplateId = "placed", StateId = (int)ClaimState.Placed });
        _world.Claims.Seed(new AiqRewardClaim { StoreId = CheckoutWorld.OtherStore, CustomerId = _world.Ann.Id, TemplateId = "other-store", StateId = (int)ClaimState.Claimed });
        _world.Claims.Seed(new AiqRewardClaim { StoreId = CheckoutWorld.Store, CustomerId = _world.Bob.Id, TemplateId = "bob", StateId = (int)ClaimState.Claimed });
        _world.Claims.Seed(new AiqRewardClaim { StoreId = CheckoutWorld.Store, CustomerId = _world.Ann.Id, TemplateId = "b", StateId = (int)ClaimState.Claimed });

        var claims = Completed.Result(_world.ClaimService.GetCartClaimsAsync(CheckoutWorld.Store, _world.Ann.Id));

        Assert.That(claims.Select(c => c.TemplateId), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task AnExpiredClaimWhoseDiscountAnOrderUsedIsSettledNotReleased()
    {
        // The placed-order handler failed: the order used the discount but the claim is still "applied".
        var used = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        var row = _world.Claims.Find(used.Claim!.Id)!;
        row.CreatedOnUtc = DateTime.UtcNow.AddMinutes(-31);
        await _world.Claims.UpdateAsync(row);
        _world.PlaceOrder(_world.Ann, 77, row.DiscountId);

        var released = await _world.ClaimService.ReleaseExpiredAsync(DateTime.UtcNow);

        var settled = _world.Claims.Find(row.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(released, Is.Zero);
            Assert.That(settled.StateId, Is.EqualTo((int)ClaimState.Placed), "handed to the redemption worker, not released");
            Assert.That(settled.OrderId, Is.EqualTo(77));
            Assert.That(_world.Locks.Rows.Select(l => l.ClaimId), Is.EqualTo(new[] { row.Id }), "Placed still holds the reward");
            Assert.That(_world.Discounts[row.DiscountId].IsActive, Is.False, "the used discount is deactivated, not deleted");
        });
    }

    [Test]
    public async Task AppliedRewardsOlderThanTheirLifetimeAreReleased()
    {
        var old = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        var recent = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FifteenPercent.TemplateId);
        var row = _world.Claims.Find(old.Claim!.Id)!;
        row.CreatedOnUtc = DateTime.UtcNow.AddMinutes(-31);
        await _world.Claims.UpdateAsync(row);

        var released = await _world.ClaimService.ReleaseExpiredAsync(DateTime.UtcNow);

        Assert.Multiple(() =>
        {
            Assert.That(released, Is.EqualTo(1));
            Assert.That(_world.Claims.Find(old.Claim.Id)!.StateId, Is.EqualTo((int)ClaimState.Released));
            Assert.That(_world.Claims.Find(recent.Claim!.Id)!.StateId, Is.EqualTo((int)ClaimState.Claimed));
            Assert.That(_world.CouponsOf(_world.Ann), Is.EqualTo(new[] { recent.Claim.CouponCode }));
            Assert.That(_world.Locks.Rows.Select(l => l.ClaimId), Is.EqualTo(new[] { recent.Claim.Id }));
        });
    }

    #endregion

    [Test]
    public async Task ALockLeftByAReleaseThatStoppedHalfwayIsFreedByTheNextApply()
    {
        var first = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        // The claim was written Released but the process stopped before its lock row was deleted.
        _world.Claims.UpdateWhere(first.Claim!.Id, _ => true, row =>
        {
            row.StateId = (int)ClaimState.Released;
            return row;
        });

        var second = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);

        Assert.Multiple(() =>
        {
            Assert.That(second.Refusal, Is.EqualTo(ApplyRefusal.None), "the stale lock does not keep the reward from its owner forever");
            Assert.That(_world.Locks.Rows.Select(l => l.ClaimId), Is.EqualTo(new[] { second.Claim!.Id }));
        });
    }
}
