using System.Globalization;
using Nop.Core.Domain.Gdpr;
using Nop.Services.Events;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

/// <summary>
/// When nopCommerce deletes a customer permanently (GDPR), the call log forgets the calls made for them:
/// their rows carry the customer id and the masked contact.
/// </summary>
public class CallLogCustomerDeletedConsumer : IConsumer<CustomerPermanentlyDeleted>
{
    #region Fields

    private readonly IAiqCallLog _callLog;
    private readonly ILogger _logger;

    #endregion

    #region Ctor

    /// <summary>Creates the consumer.</summary>
    public CallLogCustomerDeletedConsumer(IAiqCallLog callLog, ILogger logger)
    {
        _callLog = callLog;
        _logger = logger;
    }

    #endregion

    #region Methods

    /// <summary>Deletes the customer's call log rows.</summary>
    public async Task HandleEventAsync(CustomerPermanentlyDeleted eventMessage)
    {
        ArgumentNullException.ThrowIfNull(eventMessage);
        var deleted = await _callLog.EraseCustomerAsync(eventMessage.CustomerId);
        await _logger.InformationAsync(string.Create(CultureInfo.InvariantCulture,
            $"AIQ loyalty: customer {eventMessage.CustomerId} deleted permanently: {deleted} call log row(s) deleted."));
    }

    #endregion
}
