using Nop.Core.Domain.Customers;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// Records the email a customer validated through nopCommerce's activation link, the only contact the
/// store itself verifies (with the PIN off, only such an email opens a wallet without a code).
/// </summary>
public class CustomerActivatedConsumer : IConsumer<CustomerActivatedEvent>
{
    private readonly IShopperIdentityReader _identityReader;

    /// <summary>Creates the consumer.</summary>
    public CustomerActivatedConsumer(IShopperIdentityReader identityReader)
    {
        _identityReader = identityReader;
    }

    /// <summary>Remembers the validated email.</summary>
    public Task HandleEventAsync(CustomerActivatedEvent eventMessage) =>
        eventMessage?.Customer is { } customer ? _identityReader.RecordValidatedEmailAsync(customer) : Task.CompletedTask;
}
