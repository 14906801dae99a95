using AiqLoyalty.Core.Redemption;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Configuration;
using Nop.Services.Discounts;
using Nop.Services.Events;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Orders;

/// <summary>
/// When an order is placed, each reward applied to the shopper's cart is settled: the ones the order
/// actually used (its discount usage history says so) are recorded against the order with their
/// points, their discounts deactivated; the ones it did not use are released and their discounts
/// deleted. Idempotent: a claim already tied to an order is left alone. nopCommerce swallows handler
/// exceptions, so failures are logged with the order.
/// </summary>
public class OrderRewardsConsumer : IConsumer<OrderPlacedEvent>
{
    #region Fields

    private readonly IDiscountService _discountService;
    private readonly ILogger _logger;
    private readonly IOrderService _orderService;
    private readonly IClaimTransitions _transitions;
    private readonly IRewardClaimService _claimService;
    private readonly ISettingService _settingService;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the consumer.</summary>
    public OrderRewardsConsumer(IDiscountService discountService,
        ILogger logger,
        IOrderService orderService,
        IClaimTransitions transitions,
        IRewardClaimService claimService,
        ISettingService settingService,
        TimeProvider clock)
    {
        _discountService = discountService;
        _logger = logger;
        _orderService = orderService;
        _transitions = transitions;
        _claimService = claimService;
        _settingService = settingService;
        _clock = clock;
    }

    #endregion

    #region Methods

    /// <summary>Settles the cart's rewards against the new order.</summary>
    public async Task HandleEventAsync(OrderPlacedEvent eventMessage)
    {
        var order = eventMessage?.Order;
        if (order is null)
            return;

        try
        {
            var claims = await _claimService.GetCartClaimsAsync(order.StoreId, order.CustomerId);
            if (claims.Count == 0)
                return;

            var used = (await _discountService.GetAllDiscountUsageHistoryAsync(orderId: order.Id))
                .Select(usage => usage.DiscountId)
                .ToHashSet();
            var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(order.StoreId);
            var model = (AiqRedemptionModel)settings.RedemptionModelId;
            var recorded = new List<AiqRewardClaim>();

            foreach (var claim in claims)
            {
                if (!used.Contains(claim.DiscountId))
                {
                    await SettleAsync(claim, ClaimTrigger.OrderDidNotUseDiscount, orderId: null, claim.RedemptionModelId);
                    continue;
                }

                var trigger = model == AiqRedemptionModel.RecordForPos ? ClaimTrigger.OrderPlacedForPos : ClaimTrigger.OrderPlaced;
                if (await SettleAsync(claim, trigger, order.Id, (int)model))
                    recorded.Add(claim);
            }

            if (recorded.Count > 0)
                await _orderService.InsertOrderNoteAsync(new OrderNote
                {
                    OrderId = order.Id,
                    Note = OrderRewardsNote.Compose(recorded, model),
                    DisplayToCustomer = false,
                    CreatedOnUtc = _clock.GetUtcNow().UtcDateTime
                });
        }
        catch (Exception exception)
        {
            await _logger.ErrorAsync($"AIQ loyalty: settling rewards for order {order.Id} failed; the claims stay applied; the redemption task settles them from the discount usage once their lifetime has passed.", exception);
        }
    }

    #endregion

    #region Utilities

    private Task<bool> SettleAsync(AiqRewardClaim claim, ClaimTrigger trigger, int? orderId, int redemptionModelId) =>
        _transitions.TrySettleWithOrderAsync(claim, trigger, orderId, redemptionModelId);

    #endregion
}
