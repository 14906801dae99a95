using Nop.Web.Framework.Models;
using Nop.Web.Models.Common;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.Account;

/// <summary>
/// The shopper's rewards page in the customer account. The wallet part is the rewards box (its own
/// model, rendered by its component); this holds what the store knows without AIQ: the rewards the
/// customer's own orders used.
/// </summary>
public record AccountRewardsModel : BaseNopModel
{
    /// <summary>One page of the rewards used on the customer's orders in this store, newest order first.</summary>
    public IList<AccountPastOrderRewardModel> PastOrderRewards { get; set; } = new List<AccountPastOrderRewardModel>();

    /// <summary>nopCommerce's pager over the past-order rewards.</summary>
    public PagerModel PagerModel { get; set; }
}
