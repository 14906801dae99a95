using Nop.Core.Domain.Orders;
using Nop.Services.Events;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Marks a sent cart recovered as soon as its customer places an order. Idempotent; if it fails, the
/// next task run's sweep marks it instead.
/// </summary>
public class AbandonedCartOrderPlacedConsumer : IConsumer<OrderPlacedEvent>
{
    #region Fields

    private readonly IAbandonedCartSyncLog _syncLog;
    private readonly ILogger _logger;

    #endregion

    #region Ctor

    /// <summary>Creates the consumer.</summary>
    public AbandonedCartOrderPlacedConsumer(IAbandonedCartSyncLog syncLog,
        ILogger logger)
    {
        _syncLog = syncLog;
        _logger = logger;
    }

    #endregion

    #region Methods

    /// <summary>Handles the event.</summary>
    public async Task HandleEventAsync(OrderPlacedEvent eventMessage)
    {
        if (eventMessage?.Order is null)
            return;

        try
        {
            await _syncLog.MarkRecoveredAsync(eventMessage.Order);
        }
        catch (Exception exception)
        {
            await _logger.WarningAsync($"AIQ loyalty: could not mark the cart of order {eventMessage.Order.Id} recovered; the next sync run will.", exception);
        }
    }

    #endregion
}
