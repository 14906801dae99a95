using AiqLoyalty.Core.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.Account;

/// <summary>One reward used on one of the shopper's orders (the reward name is AIQ's data: the view encodes it).</summary>
public record AccountPastOrderRewardModel
{
    /// <summary>The order (for the link to nopCommerce's order details page).</summary>
    public int OrderId { get; set; }

    /// <summary>The order number as the shopper knows it.</summary>
    public string CustomOrderNumber { get; set; }

    /// <summary>When the order was placed, in the shopper's time zone.</summary>
    public DateTime OrderDate { get; set; }

    /// <summary>The reward's name.</summary>
    public string RewardName { get; set; }

    /// <summary>The points the reward costs (AIQ's pointsDeduction).</summary>
    public long Points { get; set; }

    /// <summary>Where the reward stands, in the shopper's terms.</summary>
    public ShopperClaimStatus Status { get; set; }

    /// <summary>The status in plain words (locale resource).</summary>
    public string StatusText { get; set; }
}
