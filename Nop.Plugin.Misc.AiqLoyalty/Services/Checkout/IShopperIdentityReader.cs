using AiqLoyalty.Core.Client;
using Nop.Core.Domain.Customers;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>What the store itself knows about a customer's phone and email.</summary>
public interface IShopperIdentityReader
{
    /// <summary>A registered customer's phone (preferred) or email, to prefill the box; never proof of anything.</summary>
    Task<ContactIdentity> GetPrefillAsync(Customer customer);

    /// <summary>
    /// The identity the store has verified itself, which may open a wallet without a PIN: only an
    /// email the store validated (registration method "email validation") on an active registered
    /// account, still the account's email. A phone never (nopCommerce never verifies phones).
    /// </summary>
    Task<ContactIdentity> GetStoreVerifiedAsync(Customer customer);

    /// <summary>Remembers that the customer's current email was validated by the store (account activation).</summary>
    Task RecordValidatedEmailAsync(Customer customer);
}
