using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Offers;
using AiqLoyalty.Core.Redemption;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// Applies and removes rewards. A claim row is written first, then its lock row, whose unique key
/// (per AIQ account, contact and reward) makes the database refuse a second live claim on the same
/// reward (two browsers, two carts, two servers, two stores on one AIQ account); then the points the
/// contact's live claims hold are checked again with this claim counted, so two rewards cannot spend
/// the same points; only then is the discount created and the coupon applied. Any failure on the way
/// undoes what was written.
/// </summary>
public class RewardClaimService : IRewardClaimService
{
    #region Fields

    private readonly ICartSubtotalReader _subtotalReader;
    private readonly ICustomerService _customerService;
    private readonly IDiscountService _discountService;
    private readonly ILogger _logger;
    private readonly IOrderService _orderService;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IRepository<AiqRewardClaimLock> _lockRepository;
    private readonly IClaimRowWriter _rowWriter;
    private readonly IClaimTransitions _transitions;
    private readonly IRewardDiscountGateway _discountGateway;
    private readonly ISettingService _settingService;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public RewardClaimService(ICartSubtotalReader subtotalReader,
        ICustomerService customerService,
        IDiscountService discountService,
        ILogger logger,
        IOrderService orderService,
        IRepository<AiqRewardClaim> claimRepository,
        IRepository<AiqRewardClaimLock> lockRepository,
        IClaimRowWriter rowWriter,
        IClaimTransitions transitions,
        IRewardDiscountGateway discountGateway,
        ISettingService settingService,
        TimeProvider clock)
    {
        _subtotalReader = subtotalReader;
        _customerService = customerService;
        _discountService = discountService;
        _logger = logger;
        _orderService = orderService;
        _claimRepository = claimRepository;
        _lockRepository = lockRepository;
        _rowWriter = rowWriter;
        _transitions = transitions;
        _discountGateway = discountGateway;
        _settingService = settingService;
        _clock = clock;
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
    public async Task<ApplyResult> ApplyAsync(Customer customer, int storeId, AiqLoyaltySettings settings, WalletView wallet, string templateId, int staffCustomerId = 0)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(wallet);
        if (string.IsNullOrEmpty(wallet.ContactId))
            return new ApplyResult(ApplyRefusal.NotVerified);

        var accountUid = AccountUid(settings);
        var inCart = await GetCartClaimsAsync(storeId, customer.Id);
        var subtotal = await _subtotalReader.GetSubtotalBeforeDiscountsAsync(customer, storeId);
        var template = wallet.Offers.FirstOrDefault(o => o.Kind == RewardKind.StoreDiscount && o.TemplateId == templateId) is { } storeOffer
            ? await _discountGateway.FindStoreDiscountAsync(storeOffer.PosDiscountId)
            : null;
        var held = await GetHeldAsync(accountUid, wallet.ContactId);

        var (refusal, chosen) = ClaimEligibility.Check(wallet, templateId, inCart.Select(c => c.TemplateId).ToList(),
            AiqLoyaltySettingLimits.RewardsPerOrder(settings), subtotal, _ => template is not null, held.Sum(c => c.PointsDeduction));
        if (refusal == ApplyRefusal.None && held.Any(c => c.TemplateId == templateId && c.StateId == (int)ClaimState.RecordedForPos))
            refusal = ApplyRefusal.HeldForPos;
        if (refusal != ApplyRefusal.None)
            return new ApplyResult(refusal);

        var now = _clock.GetUtcNow().UtcDateTime;
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

        ApplyRefusal lockRefusal;
        try
        {
            lockRefusal = await TryLockAsync(claim, accountUid);
            if (lockRefusal == ApplyRefusal.None && wallet.Points is { } points
                && (await GetHeldAsync(accountUid, wallet.ContactId)).Sum(c => c.PointsDeduction) > points)
            {
                // Another cart took points at the same moment: together they would spend more than the balance.
                await _rowWriter.DeleteLockAsync(claim.Id);
                lockRefusal = ApplyRefusal.NotEnoughPoints;
            }
        }
        catch
        {
            await _rowWriter.DeleteLockAsync(claim.Id);
            await _claimRepository.DeleteAsync(claim, publishEvent: false);
            throw;
        }

        if (lockRefusal != ApplyRefusal.None)
        {
            await _claimRepository.DeleteAsync(claim, publishEvent: false);
            return new ApplyResult(lockRefusal);
        }

        try
        {
            var expires = now.Add(AiqLoyaltySettingLimits.VerifiedLifetime(settings));
            var discount = template is not null
                ? await _discountGateway.CreateCopyAsync(claim, chosen, template, expires)
                : await _discountGateway.CreateAsync(claim, chosen, settings.AllowStackingWithStoreDiscounts, expires);
            if (!await _transitions.TryUpdateAsync(claim, c =>
                {
                    c.DiscountId = discount.Id;
                    c.DiscountCreatedByPlugin = true;
                    c.CouponCode = discount.CouponCode;
                }))
            {
                // Released meanwhile (e.g. by the expiry task): the new discount must not outlive it.
                await _discountGateway.DeleteAsync(discount);
                return new ApplyResult(ApplyRefusal.ClaimedElsewhere);
            }

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

        return await ReleaseAsync(customer, claim, ClaimTrigger.Removed);
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
            if (await ReleaseAsync(customer, claim, ClaimTrigger.Expired))
                released.Add(claim.RewardName);
        }

        return released;
    }

    /// <inheritdoc />
    public async Task<int> ReleasePosHeldGoneAsync(AiqLoyaltySettings settings, WalletView wallet)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(wallet);
        if (string.IsNullOrEmpty(wallet.ContactId))
            return 0;

        var offered = wallet.Offers.Select(o => o.TemplateId).ToHashSet(StringComparer.Ordinal);
        var released = 0;
        foreach (var claim in (await GetHeldAsync(AccountUid(settings), wallet.ContactId))
                     .Where(c => c.StateId == (int)ClaimState.RecordedForPos && !offered.Contains(c.TemplateId)))
        {
            // The POS redeemed it (or it expired): the wallet no longer lists it, so it holds nothing any more.
            if (await ReleaseAsync(null, claim, ClaimTrigger.Removed))
                released++;
        }

        return released;
    }

    /// <inheritdoc />
    public async Task<bool> ReleaseHeldForPosAsync(int claimId)
    {
        var claim = await _claimRepository.GetByIdAsync(claimId);
        if (claim is null || claim.StateId != (int)ClaimState.RecordedForPos)
            return false;
        return await ReleaseAsync(null, claim, ClaimTrigger.Removed);
    }

    /// <inheritdoc />
    public async Task<ISet<string>> GetHeldElsewhereAsync(AiqLoyaltySettings settings, string contactId, int storeId, int customerId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrEmpty(contactId))
            return new HashSet<string>(StringComparer.Ordinal);
        return (await GetHeldAsync(AccountUid(settings), contactId))
            .Where(c => !(c.StoreId == storeId && c.CustomerId == customerId && c.StateId == (int)ClaimState.Claimed))
            .Select(c => c.TemplateId)
            .ToHashSet(StringComparer.Ordinal);
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
        var oldest = nowUtc - AiqLoyaltySettingLimits.MinimumClaimLifetime;
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
            if (claim.CreatedOnUtc.Add(AiqLoyaltySettingLimits.VerifiedLifetime(settings)) > nowUtc)
                continue;

            // The claimant's own order used the claim's own discount but its placed-order handler did not
            // settle the claim (it failed or the process stopped): settle it from that order.
            if (await FindSettlingOrderAsync(claim) is { } order)
            {
                var model = (AiqRedemptionModel)settings.RedemptionModelId;
                await _transitions.TrySettleWithOrderAsync(claim,
                    model == AiqRedemptionModel.RecordForPos ? ClaimTrigger.OrderPlacedForPos : ClaimTrigger.OrderPlaced,
                    order.Id, (int)model);
                continue;
            }

            var customer = await _customerService.GetCustomerByIdAsync(claim.CustomerId);
            if (await ReleaseAsync(customer, claim, ClaimTrigger.Expired))
                released++;
        }

        return released;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyCollection<int>> MoveCartClaimsAsync(Customer guest, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(guest);
        ArgumentNullException.ThrowIfNull(customer);
        var carried = await _claimRepository.Table
            .Where(c => c.CustomerId == guest.Id && c.StateId == (int)ClaimState.Claimed)
            .OrderBy(c => c.Id)
            .ToListAsync();
        if (carried.Count == 0)
            return [];

        // nopCommerce moved the guest's cart and coupons to the customer. The claims follow, unless the
        // customer already has rewards of its own applied (possibly another member's): then the guest's are released.
        var move = !await _claimRepository.Table.AnyAsync(c => c.CustomerId == customer.Id && c.StateId == (int)ClaimState.Claimed);
        foreach (var claim in carried)
        {
            if (move)
            {
                await _transitions.TryUpdateAsync(claim, c => c.CustomerId = customer.Id);
                continue;
            }

            await _customerService.RemoveDiscountCouponCodeAsync(customer, claim.CouponCode);
            await ReleaseAsync(guest, claim, ClaimTrigger.Removed);
        }

        return move ? carried.Select(c => c.StoreId).Distinct().ToList() : [];
    }

    #endregion

    #region Utilities

    /// <summary>The AIQ account the store's settings point at (the live-claim keys are per account).</summary>
    private static string AccountUid(AiqLoyaltySettings settings) => settings.Uid?.Trim() ?? string.Empty;

    /// <summary>The contact's claims that hold a reward on this AIQ account, in any store or cart (their lock rows).</summary>
    private async Task<IList<AiqRewardClaim>> GetHeldAsync(string accountUid, string contactId)
    {
        var prefix = ClaimEligibility.LiveClaimKey(accountUid, contactId, string.Empty);
        var claimIds = await _lockRepository.Table.Where(l => l.LockKey.StartsWith(prefix)).Select(l => l.ClaimId).ToListAsync();
        if (claimIds.Count == 0)
            return [];
        return await _claimRepository.Table.Where(c => claimIds.Contains(c.Id)).ToListAsync();
    }

    /// <summary>
    /// The order that settles an expired claim: the claimant's own, in the claim's store, placed after
    /// the claim, not cancelled or deleted, that used the plugin's own discount of this claim. Anyone
    /// else's order (or a cancelled one) never does: the claim is released instead.
    /// </summary>
    private async Task<Order> FindSettlingOrderAsync(AiqRewardClaim claim)
    {
        if (claim.DiscountId <= 0 || !claim.DiscountCreatedByPlugin)
            return null;

        foreach (var usage in await _discountService.GetAllDiscountUsageHistoryAsync(discountId: claim.DiscountId))
        {
            var order = await _orderService.GetOrderByIdAsync(usage.OrderId);
            if (order is { Deleted: false } && order.OrderStatus != OrderStatus.Cancelled
                && order.CustomerId == claim.CustomerId && order.StoreId == claim.StoreId && order.CreatedOnUtc >= claim.CreatedOnUtc)
                return order;
        }

        return null;
    }

    /// <summary>
    /// Inserts the claim's lock row; the unique key refuses it while another live claim holds the
    /// reward. A holder that let go between the refusal and the look (released at that moment), or a
    /// lock whose claim no longer holds the reward (its release stopped before the delete), does not
    /// refuse the reward: the insert is tried again, a few times at most.
    /// </summary>
    private async Task<ApplyRefusal> TryLockAsync(AiqRewardClaim claim, string accountUid)
    {
        var key = ClaimEligibility.LiveClaimKey(accountUid, claim.ContactId, claim.TemplateId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _lockRepository.InsertAsync(new AiqRewardClaimLock { LockKey = key, ClaimId = claim.Id, CreatedOnUtc = _clock.GetUtcNow().UtcDateTime }, publishEvent: false);
                return ApplyRefusal.None;
            }
            catch (Exception) when (attempt < 3)
            {
                // The unique key refused it: find who holds the reward. Anything else is a real error.
                var holder = await _lockRepository.Table.FirstOrDefaultAsync(l => l.LockKey == key);
                if (holder is null)
                    continue;
                var holding = await _claimRepository.GetByIdAsync(holder.ClaimId);
                if (holding is null || !ClaimStateMachine.IsLive((ClaimState)holding.StateId))
                {
                    await _rowWriter.DeleteLockAsync(key, holder.ClaimId);
                    continue;
                }

                return holding.StateId == (int)ClaimState.RecordedForPos ? ApplyRefusal.HeldForPos : ApplyRefusal.ClaimedElsewhere;
            }
            catch (Exception)
            {
                // Still held after the retries: busy, not broken. No holder at all: a real error.
                if (!await _lockRepository.Table.AnyAsync(l => l.LockKey == key))
                    throw;
                return ApplyRefusal.ClaimedElsewhere;
            }
        }
    }

    private Task<bool> ReleaseAsync(Customer customer, AiqRewardClaim claim, ClaimTrigger trigger) =>
        _transitions.TryReleaseAsync(claim, trigger, customer);

    #endregion
}
