using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Services.Configuration;
using Nop.Services.Events;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;

/// <summary>
/// An order that is cancelled (status changed to Cancelled, or deleted), or fully refunded when the
/// store gives points back then: a claim not yet redeemed is released and never redeemed; a
/// redeemed one is flagged for the worker, which returns the points once.
/// </summary>
public class OrderCancellationConsumer :
    IConsumer<OrderStatusChangedEvent>,
    IConsumer<EntityDeletedEvent<Order>>,
    IConsumer<OrderRefundedEvent>
{
    #region Fields

    private readonly ILogger _logger;
    private readonly IRedemptionWorker _worker;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly ISettingService _settingService;

    #endregion

    #region Ctor

    /// <summary>Creates the consumer.</summary>
    public OrderCancellationConsumer(ILogger logger,
        IRedemptionWorker worker,
        IRepository<AiqRewardClaim> claimRepository,
        ISettingService settingService)
    {
        _logger = logger;
        _worker = worker;
        _claimRepository = claimRepository;
        _settingService = settingService;
    }

    #endregion

    #region Methods

    /// <summary>Status changed to Cancelled (and was not before).</summary>
    public Task HandleEventAsync(OrderStatusChangedEvent eventMessage) =>
        eventMessage?.Order is { OrderStatus: OrderStatus.Cancelled } order && eventMessage.PreviousOrderStatus != OrderStatus.Cancelled
            ? CancelAsync(order.Id)
            : Task.CompletedTask;

    /// <summary>Order deleted.</summary>
    public Task HandleEventAsync(EntityDeletedEvent<Order> eventMessage) =>
        eventMessage?.Entity is { } order ? CancelAsync(order.Id) : Task.CompletedTask;

    /// <summary>Order refunded: points go back only for a full refund, when the store says so.</summary>
    public async Task HandleEventAsync(OrderRefundedEvent eventMessage)
    {
        if (eventMessage?.Order is not { } order || order.PaymentStatus != Nop.Core.Domain.Payments.PaymentStatus.Refunded)
            return;
        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(order.StoreId);
        if (settings.ReturnPointsOnRefund)
            await CancelAsync(order.Id);
    }

    #endregion

    #region Utilities

    private async Task CancelAsync(int orderId)
    {
        try
        {
            var claimIds = await _claimRepository.Table.Where(c => c.OrderId == orderId).Select(c => c.Id).ToListAsync();
            foreach (var claimId in claimIds)
                await _worker.CancelClaimAsync(claimId);
        }
        catch (Exception exception)
        {
            await _logger.ErrorAsync($"AIQ loyalty: handling the cancellation of order {orderId} failed; retry it from the order page.", exception);
        }
    }

    #endregion
}
