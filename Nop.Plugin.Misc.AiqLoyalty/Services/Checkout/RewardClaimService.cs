using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Offers;
using AiqLoyalty.Core.Redemption;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// Applies and removes rewards. A claim row is written first, then its lock row, whose unique key
/// makes the database refuse a second live claim on the same reward for the same contact (two
/// browsers, two carts, two servers); only then is the discount created and the coupon applied.
/// Any failure on the way undoes what was written.
/// </summary>
public class RewardClaimService : IRewardClaimService
{
    #region Fields

    private readonly ICartSubtotalReader _subtotalReader;
    private readonly ICustomerService _customerService;
    private readonly IDiscountService _discountService;
    private readonly ILogger _logger;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IRepository<AiqRewardClaimLock> _lockRepository;
    private readonly IRewardDiscountGateway _discountGateway;
    private readonly ISettingService _settingService;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public RewardClaimService(ICartSubtotalReader subtotalReader,
        ICustomerService customerService,
        IDiscountService discountService,
        ILogger logger,
        IRepository<AiqRewardClaim> claimRepository,
        IRepository<AiqRewardClaimLock> lockRepository,
        IRewardDiscountGateway discountGateway,
        ISettingService settingService)
    {
        _subtotalReader = subtotalReader;
        _customerService = customerService;
        _discountService = discountService;
        _logger = logger;
        _claimRepository = claimRepository;
        _lockRepository = lockRepository;
        _discountGateway = discountGateway;
        _settingService = settingService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<IList<AiqRewardClaim>> GetCartClaimsAsync(int storeId, int customerId) =>
        await _claimRepository.Table
            .Where(c => c.StoreId == storeId && c.CustomerId == customerId && c.StateId == (int)ClaimState.Claimed)
            .OrderBy(c => c.Id)
            .ToListAsync();

    /// <inheritdoc />
    public async Task<ApplyResult> ApplyAsync(Customer customer, int storeId, WalletView wallet, string templateId, int staffCustomerId = 0)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(wallet);
        if (string.IsNullOrEmpty(wallet.ContactId))
            return new ApplyResult(ApplyRefusal.NotVerified);

        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeId);
        var inCart = await GetCartClaimsAsync(storeId, customer.Id);
        var subtotal = await _subtotalReader.GetSubtotalBeforeDiscountsAsync(customer, storeId);
        var storeDiscounts = new Dictionary<string, Nop.Core.Domain.Discounts.Discount>();
        foreach (var offer in wallet.Offers.Where(o => o.Kind == RewardKind.StoreDiscount && o.TemplateId == templateId))
            storeDiscounts[offer.TemplateId] = await _discountGateway.FindStoreDiscountAsync(offer.PosDiscountId);

        var (refusal, chosen) = ClaimEligibility.Check(wallet, templateId, inCart.Select(c => c.TemplateId).ToList(),
            settings.MaxRewardsPerOrder, subtotal, offer => storeDiscounts.GetValueOrDefault(offer.TemplateId) is not null);
        if (refusal != ApplyRefusal.None)
            return new ApplyResult(refusal);

        var now = DateTime.UtcNow;
        var claim = new AiqRewardClaim
        {
            StoreId = storeId,
            CustomerId = customer.Id,
            StaffCustomerId = staffCustomerId,
            ContactId = wallet.ContactId,
            TemplateId = chosen.TemplateId,
            PosDiscountId = chosen.PosDiscountId,
            RewardName = StoredText.Fit(chosen.Name, AiqLoyaltyDefaults.Columns.RewardNameLength),
            PointsDeduction = chosen.PointsCost,
            Reusable = chosen.Reusable,
            MinimumOrderTotal = chosen.MinimumOrderTotal,
            RedemptionUrl = chosen.RedemptionUrl,
            StateId = (int)ClaimState.Claimed,
            RedemptionModelId = settings.RedemptionModelId,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            CreatedOnUtc = now,
            UpdatedOnUtc = now
        };
        await _claimRepository.InsertAsync(claim, publishEvent: false);

        bool locked;
        try
        {
            locked = await TryLockAsync(claim);
        }
        catch
        {
            await _claimRepository.DeleteAsync(claim, publishEvent: false);
            throw;
        }

        if (!locked)
        {
            await _claimRepository.DeleteAsync(claim, publishEvent: false);
            return new ApplyResult(ApplyRefusal.ClaimedElsewhere);
        }

        try
        {
            var storeDiscount = storeDiscounts.GetValueOrDefault(chosen.TemplateId);
            var discount = storeDiscount
                ?? await _discountGateway.CreateAsync(claim, chosen, settings.AllowStackingWithStoreDiscounts, now.Add(ClaimLifetime(settings)));
            claim.DiscountId = discount.Id;
            claim.DiscountCreatedByPlugin = storeDiscount is null;
            claim.CouponCode = discount.RequiresCouponCode ? discount.CouponCode : null;
            await _claimRepository.UpdateAsync(claim, publishEvent: false);

            if (!string.IsNullOrEmpty(claim.CouponCode))
                await _customerService.ApplyDiscountCouponCodeAsync(customer, claim.CouponCode);
            return new ApplyResult(ApplyRefusal.None, claim);
        }
        catch (Exception exception)
        {
            await _logger.ErrorAsync($"AIQ loyalty: applying reward {claim.TemplateId} for customer {customer.Id} failed; it was undone.", exception, customer);
            await ReleaseAsync(customer, claim, ClaimTrigger.Removed);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(Customer customer, int storeId, int claimId)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var claim = await _claimRepository.GetByIdAsync(claimId);
        if (claim is null || claim.CustomerId != customer.Id || claim.StoreId != storeId || claim.StateId != (int)ClaimState.Claimed)
            return false;

        await ReleaseAsync(customer, claim, ClaimTrigger.Removed);
        return true;
    }

    /// <inheritdoc />
    public async Task<IList<string>> ReleaseMissingAsync(Customer customer, int storeId, WalletView wallet)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(wallet);
        var offered = wallet.Offers.Select(o => o.TemplateId).ToHashSet(StringComparer.Ordinal);
        var released = new List<string>();
        foreach (var claim in await GetCartClaimsAsync(storeId, customer.Id))
        {
            if (offered.Contains(claim.TemplateId))
                continue;
            await ReleaseAsync(customer, claim, ClaimTrigger.Expired);
            released.Add(claim.RewardName);
        }

        return released;
    }

    /// <inheritdoc />
    public async Task<bool> IsDiscountUsableAsync(int discountRequirementId, Customer customer, int storeId)
    {
        if (customer is null)
            return false;
        var requirement = await _discountService.GetDiscountRequirementByIdAsync(discountRequirementId);
        if (requirement is null)
            return false;

        var claim = await _claimRepository.Table.FirstOrDefaultAsync(c =>
            c.DiscountId == requirement.DiscountId && c.StateId == (int)ClaimState.Claimed && c.DiscountCreatedByPlugin);
        if (claim is null || claim.CustomerId != customer.Id || claim.StoreId != storeId)
            return false;

        return claim.MinimumOrderTotal is not { } minimum
            || await _subtotalReader.GetSubtotalBeforeDiscountsAsync(customer, storeId) >= minimum;
    }

    /// <inheritdoc />
    public async Task<int> ReleaseExpiredAsync(DateTime nowUtc)
    {
        var oldest = nowUtc - MinimumClaimLifetime;
        var candidates = await _claimRepository.Table
            .Where(c => c.StateId == (int)ClaimState.Claimed && c.CreatedOnUtc <= oldest)
            .OrderBy(c => c.Id)
            .Take(500)
            .ToListAsync();

        var settingsByStore = new Dictionary<int, AiqLoyaltySettings>();
        var released = 0;
        foreach (var claim in candidates)
        {
            if (!settingsByStore.TryGetValue(claim.StoreId, out var settings))
                settingsByStore[claim.StoreId] = settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(claim.StoreId);
            if (claim.CreatedOnUtc.Add(ClaimLifetime(settings)) > nowUtc)
                continue;

            // An order used the discount but its placed-order handler did not settle the claim (it failed
            // or the process stopped): settle it from the discount usage instead of losing the redemption.
            if (claim.DiscountId > 0
                && (await _discountService.GetAllDiscountUsageHistoryAsync(discountId: claim.DiscountId, pageSize: 1)).FirstOrDefault() is { } usage)
            {
                var model = (AiqRedemptionModel)settings.RedemptionModelId;
                claim.RedemptionModelId = (int)model;
                claim.OrderId = usage.OrderId;
                claim.StateId = (int)ClaimStateMachine.Fire(ClaimState.Claimed,
                    model == AiqRedemptionModel.RecordForPos ? ClaimTrigger.OrderPlacedForPos : ClaimTrigger.OrderPlaced);
                claim.UpdatedOnUtc = DateTime.UtcNow;
                await _claimRepository.UpdateAsync(claim, publishEvent: false);
                if (!ClaimStateMachine.IsLive((ClaimState)claim.StateId))
                    await _lockRepository.DeleteAsync(l => l.ClaimId == claim.Id);
                await _discountGateway.RetireAsync(claim, usedByOrder: true);
                continue;
            }

            var customer = await _customerService.GetCustomerByIdAsync(claim.CustomerId);
            await ReleaseAsync(customer, claim, ClaimTrigger.Expired);
            released++;
        }

        return released;
    }

    #endregion

    #region Utilities

    /// <summary>The shortest lifetime any store can set (the settings' lower bound).</summary>
    private static readonly TimeSpan MinimumClaimLifetime = TimeSpan.FromMinutes(5);

    /// <summary>How long an applied reward stays on a cart: the verification lifetime.</summary>
    private static TimeSpan ClaimLifetime(AiqLoyaltySettings settings) => TimeSpan.FromMinutes(Math.Max(5, settings.VerifiedLifetimeMinutes));

    private async Task<bool> TryLockAsync(AiqRewardClaim claim)
    {
        var key = ClaimEligibility.LiveClaimKey(claim.StoreId, claim.ContactId, claim.TemplateId);
        try
        {
            await _lockRepository.InsertAsync(new AiqRewardClaimLock { LockKey = key, ClaimId = claim.Id, CreatedOnUtc = DateTime.UtcNow }, publishEvent: false);
            return true;
        }
        catch (Exception)
        {
            // The unique key refused it: another live claim holds this reward. Anything else is a real error.
            if (await _lockRepository.Table.AnyAsync(l => l.LockKey == key))
                return false;
            throw;
        }
    }

    private async Task ReleaseAsync(Customer customer, AiqRewardClaim claim, ClaimTrigger trigger)
    {
        if (ClaimStateMachine.TryFire((ClaimState)claim.StateId, trigger, out var next))
            claim.StateId = (int)next;
        claim.UpdatedOnUtc = DateTime.UtcNow;
        await _claimRepository.UpdateAsync(claim, publishEvent: false);
        await _lockRepository.DeleteAsync(l => l.ClaimId == claim.Id);

        if (customer is not null && !string.IsNullOrEmpty(claim.CouponCode))
            await _customerService.RemoveDiscountCouponCodeAsync(customer, claim.CouponCode);
        await _discountGateway.RetireAsync(claim, usedByOrder: false);
    }

    #endregion
}
