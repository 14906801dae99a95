using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Models.Account;

namespace Nop.Plugin.Misc.AiqLoyalty.Factories;

/// <summary>Prepares the shopper's rewards page in the customer account.</summary>
public interface IAccountRewardsModelFactory
{
    /// <summary>
    /// The page for <paramref name="customer"/> in <paramref name="storeId"/>: one page
    /// (<paramref name="pageNumber"/>, from 1) of the rewards the customer's own orders in that store
    /// used. Reads the store's database only; never calls AIQ.
    /// </summary>
    Task<AccountRewardsModel> PrepareAccountRewardsModelAsync(Customer customer, int storeId, int? pageNumber);
}
