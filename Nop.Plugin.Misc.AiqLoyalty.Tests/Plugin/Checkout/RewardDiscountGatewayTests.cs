using AiqLoyalty.Core.Redemption;
using Moq;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>The discounts behind claims, as nopCommerce will see them.</summary>
[TestFixture]
public class RewardDiscountGatewayTests
{
    private CheckoutWorld _world = null!;

    [SetUp]
    public void SetUp() => _world = new CheckoutWorld();

    private static AiqRewardClaim Claim(int id = 41) => new()
    {
        Id = id, StoreId = CheckoutWorld.Store, CustomerId = 11, TemplateId = "t-10", StateId = (int)ClaimState.Claimed
    };

    /// <summary>
    /// nopCommerce 4.90's rule for whether a discount's requirements are evaluated at all
    /// (Nop.Services/Discounts/DiscountService.cs, ValidateDiscountAsync, lines 605-612): the first
    /// top-level requirement must be a group with an interaction type and children; otherwise the
    /// discount is treated as having no requirements and is valid for anyone holding the coupon.
    /// </summary>
    private static bool NopEvaluatesRequirements(IReadOnlyCollection<DiscountRequirement> requirements)
    {
        var topLevelGroup = requirements.FirstOrDefault(r => !r.ParentId.HasValue);
        return !(topLevelGroup == null || !topLevelGroup.InteractionType.HasValue
            || (topLevelGroup.IsGroup && requirements.All(r => r.ParentId != topLevelGroup.Id)));
    }

    [Test]
    public void NopCommerceEvaluatesThePluginsRequirementOnTheCreatedDiscount()
    {
        var discount = Completed.Result(_world.Gateway.CreateAsync(Claim(), CheckoutWorld.TenOff, cumulative: false, DateTime.UtcNow.AddMinutes(30)));

        var requirements = _world.Requirements.Where(r => r.DiscountId == discount.Id).ToList();
        Assert.That(requirements.Any(r => r.DiscountRequirementRuleSystemName == AiqLoyaltyDefaults.SystemName && !r.IsGroup), Is.True);
        Assert.That(NopEvaluatesRequirements(requirements), Is.True,
            "without a top-level AND group holding the plugin's rule, any customer with the coupon code passes validation");
    }

    [Test]
    public void TheCreatedDiscountCarriesThePluginsRequirementRule()
    {
        var discount = Completed.Result(_world.Gateway.CreateAsync(Claim(), CheckoutWorld.TenOff, cumulative: true, DateTime.UtcNow.AddMinutes(30)));

        Assert.That(_world.Requirements.Where(r => r.DiscountId == discount.Id).Select(r => r.DiscountRequirementRuleSystemName),
            Does.Contain("Misc.AiqLoyalty"));
        Assert.That(discount.Name, Does.Contain("#41"), "the discount names its claim");
        Assert.That(discount.EndDateUtc, Is.GreaterThan(DateTime.UtcNow.AddMinutes(29)));
    }

    [Test]
    public void AFailureWhileAddingTheRequirementLeavesNoDiscountBehind()
    {
        _world.DiscountService.Setup(d => d.InsertDiscountRequirementAsync(It.IsAny<DiscountRequirement>()))
            .ThrowsAsync(new InvalidOperationException("requirement insert failed"));

        Assert.ThrowsAsync<InvalidOperationException>(() =>
            _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId));

        Assert.That(_world.Claims.Rows.Single().StateId, Is.EqualTo((int)ClaimState.Released));
        Assert.That(_world.Discounts.Values.Where(d => d.IsActive && d.Name.StartsWith(AiqLoyaltyDefaults.DiscountNamePrefix, StringComparison.Ordinal)),
            Is.Empty, "the half-created discount is deleted");
    }

    [Test]
    public void AStoreDiscountIsFoundByCouponCodeFirstThenByExactName()
    {
        var byCoupon = _world.AddStoreDiscount("POS-7");
        var byName = _world.AddStoreDiscount("unused");
        _world.Discounts[byName.Id].Name = "pos-9";
        _world.Discounts[byName.Id].CouponCode = null;
        var similar = _world.AddStoreDiscount("unused-2");
        _world.Discounts[similar.Id].Name = "POS-99 weekend";

        var foundByCoupon = Completed.Result(_world.Gateway.FindStoreDiscountAsync("POS-7"));
        var foundByName = Completed.Result(_world.Gateway.FindStoreDiscountAsync("POS-9"));
        var notFound = Completed.Result(_world.Gateway.FindStoreDiscountAsync("POS-99"));
        var blank = Completed.Result(_world.Gateway.FindStoreDiscountAsync("  "));

        Assert.Multiple(() =>
        {
            Assert.That(foundByCoupon?.Id, Is.EqualTo(byCoupon.Id));
            Assert.That(foundByName?.Id, Is.EqualTo(byName.Id));
            Assert.That(notFound, Is.Null, "a name that merely contains the id does not count");
            Assert.That(blank, Is.Null);
        });
    }

    [Test]
    public async Task RetiringAnUsedDiscountDeactivatesItAndAnUnusedOneIsDeleted()
    {
        var used = Completed.Result(_world.Gateway.CreateAsync(Claim(41), CheckoutWorld.TenOff, false, DateTime.UtcNow.AddMinutes(30)));
        var unused = Completed.Result(_world.Gateway.CreateAsync(Claim(42), CheckoutWorld.FifteenPercent, false, DateTime.UtcNow.AddMinutes(30)));

        await _world.Gateway.RetireAsync(new AiqRewardClaim { Id = 41, DiscountId = used.Id, DiscountCreatedByPlugin = true }, usedByOrder: true);
        await _world.Gateway.RetireAsync(new AiqRewardClaim { Id = 42, DiscountId = unused.Id, DiscountCreatedByPlugin = true }, usedByOrder: false);

        Assert.Multiple(() =>
        {
            Assert.That(_world.Discounts[used.Id].IsActive, Is.False);
            Assert.That(_world.Discounts.ContainsKey(unused.Id), Is.False);
        });
        _world.DiscountService.Verify(d => d.UpdateDiscountAsync(It.Is<Discount>(x => x.Id == used.Id && !x.IsActive)), Times.Once);
        _world.DiscountService.Verify(d => d.DeleteDiscountAsync(It.Is<Discount>(x => x.Id == used.Id)), Times.Never);
    }

    [Test]
    public async Task RetireLeavesTheMerchantsDiscountsAlone()
    {
        var store = _world.AddStoreDiscount("BOGO-1");

        await _world.Gateway.RetireAsync(new AiqRewardClaim { DiscountId = store.Id, DiscountCreatedByPlugin = false }, usedByOrder: false);
        await _world.Gateway.RetireAsync(new AiqRewardClaim { DiscountId = store.Id, DiscountCreatedByPlugin = false }, usedByOrder: true);
        await _world.Gateway.RetireAsync(new AiqRewardClaim { DiscountId = 0, DiscountCreatedByPlugin = true }, usedByOrder: false);

        Assert.That(_world.Discounts[store.Id].IsActive, Is.True);
        _world.DiscountService.Verify(d => d.DeleteDiscountAsync(It.IsAny<Discount>()), Times.Never);
        _world.DiscountService.Verify(d => d.UpdateDiscountAsync(It.IsAny<Discount>()), Times.Never);
    }

    [Test]
    public async Task RemovingAnAppliedRewardDeletesTheRuleBeforeItsGroup_SoMySqlAcceptsIt()
    {
        var discount = Completed.Result(_world.Gateway.CreateAsync(Claim(43), CheckoutWorld.TenOff, false, DateTime.UtcNow.AddMinutes(30)));
        Assert.That(_world.Requirements.Count(r => r.DiscountId == discount.Id), Is.EqualTo(2), "a group and the plugin's rule inside it");
        // nopCommerce's own DeleteDiscountAsync removes both rows in one statement: InnoDB refuses that.
        Assert.ThrowsAsync<InvalidOperationException>(() => _world.DiscountService.Object.DeleteDiscountAsync(_world.Discounts[discount.Id]),
            "the world checks the ParentId key row by row, as MySQL/MariaDB do");

        await _world.Gateway.RetireAsync(new AiqRewardClaim { Id = 43, DiscountId = discount.Id, DiscountCreatedByPlugin = true }, usedByOrder: false);

        Assert.Multiple(() =>
        {
            Assert.That(_world.Discounts.ContainsKey(discount.Id), Is.False, "the discount is deleted");
            Assert.That(_world.Requirements.Where(r => r.DiscountId == discount.Id), Is.Empty, "with both requirement rows");
        });
    }

    [Test]
    public async Task ApplyThenRemoveThroughTheClaimService_LeavesNoDiscountNorRequirement()
    {
        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.FifteenPercent.TemplateId);
        Assert.That(applied.Claim, Is.Not.Null, applied.Refusal.ToString());
        var discountId = applied.Claim!.DiscountId;

        var removed = await _world.ClaimService.RemoveAsync(_world.Ann, CheckoutWorld.Store, applied.Claim.Id);

        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.True);
            Assert.That(_world.Claims.Rows.Single().StateId, Is.EqualTo((int)ClaimState.Released));
            Assert.That(_world.Discounts.ContainsKey(discountId), Is.False);
            Assert.That(_world.Requirements.Where(r => r.DiscountId == discountId), Is.Empty);
            Assert.That(_world.CouponsOf(_world.Ann), Is.Empty, "the coupon is taken off the customer");
        });
    }

    [Test]
    public async Task DeleteHandlesAGroupWithSeveralRulesAndANestedGroup()
    {
        var discount = _world.AddStoreDiscount("NESTED");
        var top = new DiscountRequirement { DiscountId = discount.Id, IsGroup = true, InteractionType = RequirementGroupInteractionType.And };
        await _world.DiscountService.Object.InsertDiscountRequirementAsync(top);
        var inner = new DiscountRequirement { DiscountId = discount.Id, ParentId = top.Id, IsGroup = true, InteractionType = RequirementGroupInteractionType.Or };
        await _world.DiscountService.Object.InsertDiscountRequirementAsync(inner);
        foreach (var parent in new[] { top.Id, inner.Id, inner.Id })
            await _world.DiscountService.Object.InsertDiscountRequirementAsync(new DiscountRequirement { DiscountId = discount.Id, ParentId = parent, DiscountRequirementRuleSystemName = "Some.Rule" });

        await _world.Gateway.DeleteAsync(_world.Discounts[discount.Id]);

        Assert.That(_world.Requirements, Is.Empty);
        Assert.That(_world.Discounts.ContainsKey(discount.Id), Is.False);
    }

    [Test]
    public void ALongOrEmojiRewardNameStillFitsNopCommercesColumnAndKeepsTheClaimId()
    {
        var offer = CheckoutWorld.TenOff with { Name = "\U0001F381 " + new string('n', 199) };

        var discount = Completed.Result(_world.Gateway.CreateAsync(Claim(123456), offer, false, DateTime.UtcNow.AddMinutes(30)));

        Assert.Multiple(() =>
        {
            Assert.That(discount.Name, Has.Length.LessThanOrEqualTo(200), "Discount.Name holds 200 characters");
            Assert.That(discount.Name, Does.StartWith("AIQ reward \uFFFD nnn").And.EndWith(" #123456"));
            Assert.That(discount.Name.Any(char.IsSurrogate), Is.False, "utf8mb3 on MySQL/MariaDB cannot hold it");
        });
    }

    [Test]
    public async Task AnEmojiRewardNameIsStoredOnTheClaimAsTheColumnCanHoldIt()
    {
        _world.Wallet = _world.Wallet with { Offers = [CheckoutWorld.TenOff with { Name = "\U0001F381 $10 off" }] };

        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);

        Assert.That(applied.Applied, Is.True);
        Assert.That(_world.Claims.Rows.Single().RewardName, Is.EqualTo("\uFFFD $10 off"));
    }
}
