using System.Security.Cryptography;
using AiqLoyalty.Core.Offers;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Services.Catalog;
using Nop.Services.Discounts;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// Writes the plugin's discounts through nopCommerce's services (so their caches are cleared on every
/// change). Every discount a claim gets is the plugin's own: an unguessable one-time coupon behind
/// the owner requirement. A reward mapped to a store discount by its POS id gets a per-claim copy of
/// that discount (same type, amounts and the products, categories and manufacturers it applies to);
/// the store's discount itself becomes a template that carries the owner requirement, so it never
/// applies on its own (no claim ever points at it).
/// </summary>
public class RewardDiscountGateway : IRewardDiscountGateway
{
    #region Fields

    private const string RequirementGroupName = "Default requirement group";

    private readonly ICategoryService _categoryService;
    private readonly IDiscountService _discountService;
    private readonly IManufacturerService _manufacturerService;
    private readonly IProductService _productService;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the gateway.</summary>
    public RewardDiscountGateway(ICategoryService categoryService,
        IDiscountService discountService,
        IManufacturerService manufacturerService,
        IProductService productService,
        TimeProvider clock)
    {
        _categoryService = categoryService;
        _discountService = discountService;
        _manufacturerService = manufacturerService;
        _productService = productService;
        _clock = clock;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<Discount> FindStoreDiscountAsync(string posDiscountId)
    {
        if (string.IsNullOrWhiteSpace(posDiscountId))
            return null;

        var byCoupon = await _discountService.GetAllDiscountsAsync(couponCode: posDiscountId);
        var discount = byCoupon.FirstOrDefault()
            ?? (await _discountService.GetAllDiscountsAsync(discountName: posDiscountId))
                .FirstOrDefault(d => string.Equals(d.Name, posDiscountId, StringComparison.OrdinalIgnoreCase));
        if (discount is null || discount.Name?.StartsWith(AiqLoyaltyDefaults.DiscountNamePrefix, StringComparison.Ordinal) == true)
            return null;

        // The template must never apply on its own: it carries the owner requirement, which no claim satisfies for it.
        return await GuardTemplateAsync(discount) ? discount : null;
    }

    /// <inheritdoc />
    public async Task<Discount> CreateAsync(AiqRewardClaim claim, RewardOffer offer, bool cumulative, DateTime expiresOnUtc)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(offer);

        var percentage = offer.Kind == RewardKind.Percentage;
        var discount = NewOwnDiscount(claim, offer, expiresOnUtc);
        discount.DiscountType = DiscountType.AssignedToOrderSubTotal;
        discount.UsePercentage = percentage;
        discount.DiscountPercentage = percentage ? offer.Percentage ?? 0 : 0;
        discount.DiscountAmount = percentage ? 0 : offer.Amount ?? 0;
        discount.MaximumDiscountAmount = percentage ? offer.MaxDiscountAmount : null;
        discount.IsCumulative = cumulative;
        await InsertGuardedAsync(discount, () => Task.CompletedTask);
        return discount;
    }

    /// <inheritdoc />
    public async Task<Discount> CreateCopyAsync(AiqRewardClaim claim, RewardOffer offer, Discount template, DateTime expiresOnUtc)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(template);

        var discount = NewOwnDiscount(claim, offer, template.EndDateUtc is { } end && end < expiresOnUtc ? end : expiresOnUtc);
        discount.DiscountType = template.DiscountType;
        discount.UsePercentage = template.UsePercentage;
        discount.DiscountPercentage = template.DiscountPercentage;
        discount.DiscountAmount = template.DiscountAmount;
        discount.MaximumDiscountAmount = template.MaximumDiscountAmount;
        discount.MaximumDiscountedQuantity = template.MaximumDiscountedQuantity;
        discount.AppliedToSubCategories = template.AppliedToSubCategories;
        discount.IsCumulative = template.IsCumulative;
        discount.VendorId = template.VendorId;

        await InsertGuardedAsync(discount, () => CopyAppliedToAsync(template, discount));
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

    private Discount NewOwnDiscount(AiqRewardClaim claim, RewardOffer offer, DateTime expiresOnUtc) => new()
    {
        Name = DiscountName(claim, offer),
        AdminComment = $"Created by the AIQ loyalty plugin for customer {claim.CustomerId}, AIQ reward {claim.TemplateId}. Removed or deactivated automatically.",
        RequiresCouponCode = true,
        CouponCode = NewCouponCode(),
        DiscountLimitation = DiscountLimitationType.NTimesOnly,
        LimitationTimes = 1,
        IsActive = true,
        StartDateUtc = _clock.GetUtcNow().UtcDateTime.AddMinutes(-1),
        EndDateUtc = expiresOnUtc
    };

    /// <summary>Inserts the discount with its owner requirement (and what <paramref name="complete"/> adds); undoes it all on failure.</summary>
    private async Task InsertGuardedAsync(Discount discount, Func<Task> complete)
    {
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
                DiscountRequirementRuleSystemName = RequirementGroupName
            };
            await _discountService.InsertDiscountRequirementAsync(group);
            await InsertOwnerRequirementAsync(discount.Id, group.Id);
            await complete();
        }
        catch
        {
            // Never leave an active coupon without its owner check.
            await DeleteAsync(discount);
            throw;
        }
    }

    private Task InsertOwnerRequirementAsync(int discountId, int groupId) =>
        _discountService.InsertDiscountRequirementAsync(new DiscountRequirement
        {
            DiscountId = discountId,
            ParentId = groupId,
            DiscountRequirementRuleSystemName = AiqLoyaltyDefaults.SystemName,
            IsGroup = false
        });

    /// <summary>
    /// Makes sure the store's mapped discount carries the owner requirement under an "and" top-level
    /// group (adding the group when it has none). A template whose top-level group is "or" cannot be
    /// guarded without changing the merchant's rules: it is not used (the reward shows as in-store only).
    /// </summary>
    private async Task<bool> GuardTemplateAsync(Discount template)
    {
        var requirements = await _discountService.GetAllDiscountRequirementsAsync(template.Id);
        if (requirements.Any(r => r.DiscountRequirementRuleSystemName == AiqLoyaltyDefaults.SystemName && r.ParentId is not null))
            return true;

        var topLevel = requirements.FirstOrDefault(r => r.ParentId is null);
        if (topLevel is null)
        {
            var group = new DiscountRequirement
            {
                DiscountId = template.Id,
                IsGroup = true,
                InteractionType = RequirementGroupInteractionType.And,
                DiscountRequirementRuleSystemName = RequirementGroupName
            };
            await _discountService.InsertDiscountRequirementAsync(group);
            await InsertOwnerRequirementAsync(template.Id, group.Id);
            return true;
        }

        if (!topLevel.IsGroup || topLevel.InteractionType is not RequirementGroupInteractionType.And)
            return false;

        await InsertOwnerRequirementAsync(template.Id, topLevel.Id);
        return true;
    }

    /// <summary>The products, categories and manufacturers the template applies to, mapped to the copy too.</summary>
    private async Task CopyAppliedToAsync(Discount template, Discount copy)
    {
        foreach (var product in await _productService.GetProductsWithAppliedDiscountAsync(template.Id, showHidden: true))
            await _productService.InsertDiscountProductMappingAsync(new DiscountProductMapping { DiscountId = copy.Id, EntityId = product.Id });

        foreach (var category in await _categoryService.GetCategoriesByAppliedDiscountAsync(template.Id, showHidden: true))
            await _categoryService.InsertDiscountCategoryMappingAsync(new DiscountCategoryMapping { DiscountId = copy.Id, EntityId = category.Id });

        foreach (var manufacturer in await _manufacturerService.GetManufacturersWithAppliedDiscountAsync(template.Id, showHidden: true))
            await _manufacturerService.InsertDiscountManufacturerMappingAsync(new DiscountManufacturerMapping { DiscountId = copy.Id, EntityId = manufacturer.Id });
    }

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
