using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.AiqLoyalty.Services;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>What uninstall removes from nopCommerce's discounts, on the strictest database (see <see cref="CheckoutWorld"/>).</summary>
[TestFixture]
public class AiqDiscountCleanerTests
{
    private CheckoutWorld _world = null!;
    private AiqDiscountCleaner _cleaner = null!;

    [SetUp]
    public void SetUp()
    {
        _world = new CheckoutWorld();
        _cleaner = new AiqDiscountCleaner(_world.DiscountService.Object, _world.ClaimRepository.Object, _world.Gateway);
    }

    [Test]
    public async Task UninstallDeletesEveryPluginDiscountWithItsRequirements_AndLeavesTheMerchantsAlone()
    {
        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        var used = await _world.ClaimService.ApplyAsync(_world.Bob, CheckoutWorld.Store, _world.Settings, _world.Wallet with { ContactId = "c_bob" }, CheckoutWorld.FifteenPercent.TemplateId);
        Assert.That(applied.Applied && used.Applied, Is.True);
        // Bob's order used his: deactivated, still a plugin discount.
        await _world.Gateway.RetireAsync(used.Claim!, usedByOrder: true);
        // A discount left behind by a crash before its claim recorded it: found by the plugin's name prefix.
        var orphan = Completed.Result(_world.Gateway.CreateAsync(new Domain.AiqRewardClaim { Id = 99, TemplateId = "t-x" }, CheckoutWorld.TenOff, false, DateTime.UtcNow.AddMinutes(5)));
        var merchants = _world.AddStoreDiscount("SUMMER");
        await _world.DiscountService.Object.InsertDiscountRequirementAsync(new DiscountRequirement { DiscountId = merchants.Id, IsGroup = true, InteractionType = RequirementGroupInteractionType.And });

        var deleted = await _cleaner.DeleteAllPluginDiscountsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(deleted, Is.EqualTo(3));
            Assert.That(_world.Discounts.Keys, Is.EquivalentTo(new[] { merchants.Id }), "only the merchant's discount is left");
            Assert.That(_world.Requirements.Select(r => r.DiscountId).Distinct(), Is.EquivalentTo(new[] { merchants.Id }),
                "the plugin's requirement groups and rules are gone; the merchant's stay");
            Assert.That(_world.Discounts.ContainsKey(orphan.Id), Is.False);
        });
    }
}
