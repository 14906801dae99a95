using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Discounts;

namespace Nop.Plugin.Misc.AiqLoyalty.Services;

/// <summary>
/// Deletes the plugin's discounts (through <see cref="IRewardDiscountGateway.DeleteAsync"/>, so every
/// database accepts the order of the deletes and nopCommerce's discount cache is cleared): those its
/// claims recorded as created by the plugin, and any left with the plugin's name prefix (e.g. after a
/// crash between creating a discount and recording it); and takes the owner requirement off the store
/// discounts it guarded as templates of mapped rewards, so the merchant's discounts are left as the
/// merchant made them.
/// </summary>
public class AiqDiscountCleaner : IAiqDiscountCleaner
{
    #region Fields

    private readonly IDiscountService _discountService;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IRewardDiscountGateway _discountGateway;

    #endregion

    #region Ctor

    /// <summary>Creates the cleaner.</summary>
    public AiqDiscountCleaner(IDiscountService discountService,
        IRepository<AiqRewardClaim> claimRepository,
        IRewardDiscountGateway discountGateway)
    {
        _discountService = discountService;
        _claimRepository = claimRepository;
        _discountGateway = discountGateway;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<int> DeleteAllPluginDiscountsAsync()
    {
        var claimed = (await _claimRepository.Table
                .Where(claim => claim.DiscountCreatedByPlugin && claim.DiscountId > 0)
                .Select(claim => claim.DiscountId)
                .Distinct()
                .ToListAsync())
            .ToHashSet();

        var deleted = 0;
        foreach (var discountId in claimed)
        {
            var discount = await _discountService.GetDiscountByIdAsync(discountId);
            if (discount is null)
                continue;
            await _discountGateway.DeleteAsync(discount);
            deleted++;
        }

        var named = await _discountService.GetAllDiscountsAsync(discountName: AiqLoyaltyDefaults.DiscountNamePrefix, showHidden: true, isActive: null);
        foreach (var discount in named.Where(d => d.Name.StartsWith(AiqLoyaltyDefaults.DiscountNamePrefix, StringComparison.Ordinal) && !claimed.Contains(d.Id)))
        {
            await _discountGateway.DeleteAsync(discount);
            deleted++;
        }

        foreach (var requirement in (await _discountService.GetAllDiscountRequirementsAsync())
                     .Where(r => r.DiscountRequirementRuleSystemName == AiqLoyaltyDefaults.SystemName))
            await _discountService.DeleteDiscountRequirementAsync(requirement, recursively: false);

        return deleted;
    }

    #endregion
}
