using System.Security.Cryptography;
using AiqLoyalty.Core.Offers;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Services.Discounts;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// Writes the plugin's discounts through <see cref="IDiscountService"/> so nopCommerce's discount
/// cache is cleared on every change.
/// </summary>
public class RewardDiscountGateway : IRewardDiscountGateway
{
    #region Fields

    private readonly IDiscountService _discountService;

    #endregion

    #region Ctor

    /// <summary>Creates the gateway.</summary>
    public RewardDiscountGateway(IDiscountService discountService)
    {
        _discountService = discountService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<Discount> FindStoreDiscountAsync(string posDiscountId)
    {
        if (string.IsNullOrWhiteSpace(posDiscountId))
            return null;

        var byCoupon = await _discountService.GetAllDiscountsAsync(couponCode: posDiscountId);
        if (byCoupon.FirstOrDefault() is { } discount)
            return discount;

        var byName = await _discountService.GetAllDiscountsAsync(discountName: posDiscountId);
        return byName.FirstOrDefault(d => string.Equals(d.Name, posDiscountId, StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public async Task<Discount> CreateAsync(AiqRewardClaim claim, RewardOffer offer, bool cumulative, DateTime expiresOnUtc)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(offer);

        var percentage = offer.Kind == RewardKind.Percentage;
        var discount = new Discount
        {
            Name = DiscountName(claim, offer),
            AdminComment = $"Created by the AIQ loyalty plugin for customer {claim.CustomerId}, AIQ reward {claim.TemplateId}. Removed or deactivated automatically.",
            DiscountType = DiscountType.AssignedToOrderSubTotal,
            UsePercentage = percentage,
            DiscountPercentage = percentage ? offer.Percentage ?? 0 : 0,
            DiscountAmount = percentage ? 0 : offer.Amount ?? 0,
            MaximumDiscountAmount = percentage ? offer.MaxDiscountAmount : null,
            RequiresCouponCode = true,
            CouponCode = NewCouponCode(),
            DiscountLimitation = DiscountLimitationType.NTimesOnly,
            LimitationTimes = 1,
            IsCumulative = cumulative,
            IsActive = true,
            StartDateUtc = DateTime.UtcNow.AddMinutes(-1),
            EndDateUtc = expiresOnUtc
        };
        await _discountService.InsertDiscountAsync(discount);

        try
        {
            // nopCommerce evaluates requirements only under a top-level group with an interaction type;
            // a lone requirement would be treated as "no requirements" and the coupon would work for anyone.
            var group = new DiscountRequirement
            {
                DiscountId = discount.Id,
                IsGroup = true,
                InteractionType = RequirementGroupInteractionType.And,
                DiscountRequirementRuleSystemName = "Default requirement group"
            };
            await _discountService.InsertDiscountRequirementAsync(group);
            await _discountService.InsertDiscountRequirementAsync(new DiscountRequirement
            {
                DiscountId = discount.Id,
                ParentId = group.Id,
                DiscountRequirementRuleSystemName = AiqLoyaltyDefaults.SystemName,
                IsGroup = false
            });
        }
        catch
        {
            // Never leave an active coupon without its owner check.
            await DeleteAsync(discount);
            throw;
        }

        return discount;
    }

    /// <inheritdoc />
    public async Task RetireAsync(AiqRewardClaim claim, bool usedByOrder)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (!claim.DiscountCreatedByPlugin || claim.DiscountId == 0)
            return;

        var discount = await _discountService.GetDiscountByIdAsync(claim.DiscountId);
        if (discount is null)
            return;

        if (usedByOrder)
        {
            if (!discount.IsActive)
                return;
            discount.IsActive = false;
            await _discountService.UpdateDiscountAsync(discount);
        }
        else
        {
            await DeleteAsync(discount);
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(Discount discount)
    {
        ArgumentNullException.ThrowIfNull(discount);

        // IDiscountService.DeleteDiscountAsync removes all of a discount's requirements in one
        // statement. The group and the plugin's rule inside it reference each other through the
        // self-referencing ParentId key (ON DELETE NO ACTION): PostgreSQL and SQL Server check it at
        // the end of the statement, but MySQL/MariaDB (InnoDB) check it row by row and refuse to
        // delete the group while its child still exists. So, as nopCommerce's admin does when it
        // deletes a requirement group, each top-level requirement goes first with its children
        // (deepest first, one row per statement); the discount then has no requirements left.
        foreach (var requirement in await _discountService.GetAllDiscountRequirementsAsync(discount.Id, topLevelOnly: true))
            await _discountService.DeleteDiscountRequirementAsync(requirement, recursively: true);

        await _discountService.DeleteDiscountAsync(discount);
    }

    #endregion

    #region Utilities

    /// <summary>"AIQ reward {name} #{claim}", the reward's name shortened so the claim id always fits nopCommerce's column.</summary>
    private static string DiscountName(AiqRewardClaim claim, RewardOffer offer)
    {
        var prefix = AiqLoyaltyDefaults.DiscountNamePrefix + " ";
        var suffix = $" #{claim.Id}";
        var name = StoredText.Fit(offer.Name ?? string.Empty, AiqLoyaltyDefaults.Columns.DiscountNameLength - prefix.Length - suffix.Length);
        return prefix + name + suffix;
    }

    /// <summary>120 random bits: a coupon nobody can guess (and it is also tied to its owner).</summary>
    private static string NewCouponCode() => "AIQ-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(15));

    #endregion
}
