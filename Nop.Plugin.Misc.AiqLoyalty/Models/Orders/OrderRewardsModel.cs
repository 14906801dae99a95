using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.Orders;

/// <summary>The AIQ rewards of one order.</summary>
public record OrderRewardsModel : BaseNopModel
{
    /// <summary>The order.</summary>
    public int OrderId { get; set; }

    /// <summary>Its rewards.</summary>
    public IList<OrderRewardModel> Rewards { get; set; } = new List<OrderRewardModel>();

    /// <summary>Points taken for the order, for auditors.</summary>
    public long TotalPointsDeduction { get; set; }
}
