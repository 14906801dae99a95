using AiqLoyalty.Core.Carts;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>Reads the marketing consent nopCommerce records, for a whole batch of carts at once.</summary>
public interface IAbandonedCartConsentReader
{
    /// <summary>
    /// The customers of the batch with marketing consent as the store's options define it: one query
    /// for the newsletter subscriptions and one for the GDPR consent answers, only those the options need.
    /// </summary>
    /// <param name="storeId">The store (newsletter subscriptions are per store).</param>
    /// <param name="options">The store's audience and consent source.</param>
    /// <param name="emails">Each customer's email as the cart would send it (normalised), or null.</param>
    /// <returns>Per customer id: newsletter subscription and GDPR consent; customers without either are left out.</returns>
    Task<IReadOnlyDictionary<int, CartContactFacts>> GetConsentsAsync(int storeId, AbandonedCartOptions options,
        IReadOnlyDictionary<int, string> emails);
}
