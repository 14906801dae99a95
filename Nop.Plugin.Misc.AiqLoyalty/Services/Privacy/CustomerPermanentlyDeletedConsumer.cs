using System.Globalization;
using Nop.Core.Domain.Gdpr;
using Nop.Services.Events;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;

/// <summary>
/// nopCommerce's "Delete permanently" (GdprService.PermanentDeleteCustomerAsync) publishes
/// CustomerPermanentlyDeleted after it has cleared the customer: the plugin erases its own rows then.
/// </summary>
public class CustomerPermanentlyDeletedConsumer : IConsumer<CustomerPermanentlyDeleted>
{
    #region Fields

    private readonly IAiqCustomerDataService _customerDataService;
    private readonly ILogger _logger;

    #endregion

    #region Ctor

    /// <summary>Creates the consumer.</summary>
    public CustomerPermanentlyDeletedConsumer(IAiqCustomerDataService customerDataService,
        ILogger logger)
    {
        _customerDataService = customerDataService;
        _logger = logger;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Erases the customer's rows, anonymises earlier erased customers' claims that have settled since,
    /// and logs what was done (counts only, never a contact).
    /// </summary>
    public async Task HandleEventAsync(CustomerPermanentlyDeleted eventMessage)
    {
        ArgumentNullException.ThrowIfNull(eventMessage);

        var result = await _customerDataService.EraseAsync(eventMessage.CustomerId);
        // Claims of customers erased earlier that AIQ has settled since then carry their contact no longer.
        var settledSince = await _customerDataService.AnonymiseSettledClaimsOfDeletedCustomersAsync();
        await _logger.InformationAsync(string.Create(CultureInfo.InvariantCulture,
            $"AIQ loyalty: customer {eventMessage.CustomerId} deleted permanently: {result.VerificationsDeleted} verification row(s), {result.RateCountersDeleted} budget(s) and {result.CartSyncsDeleted} cart sync row(s) deleted; {result.ConsentRecordsAnonymised} consent record(s) and {result.ClaimsAnonymised} reward claim(s) anonymised ({result.ClaimsReleased} released first); {result.ClaimsWaiting} claim(s) still settling with AIQ keep their contact until they settle; {settledSince} claim(s) of customers deleted earlier anonymised now that they are settled."));
    }

    #endregion
}
