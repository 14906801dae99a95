using Nop.Plugin.Misc.AiqLoyalty.Models.Public;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.Staff;

/// <summary>The staff-assisted redemption page (AIQ's POS flow, for phone orders).</summary>
public record StaffRedemptionModel : BaseNopModel
{
    /// <summary>The shopper's account email, to find the customer.</summary>
    public string CustomerEmail { get; set; }

    /// <summary>The customer found.</summary>
    public int CustomerId { get; set; }

    /// <summary>Name or email of the customer found.</summary>
    public string CustomerName { get; set; }

    /// <summary>The customer's rewards box, as staff see it.</summary>
    public RewardsBoxModel Box { get; set; }
}
