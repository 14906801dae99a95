using AiqLoyalty.Core.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Account;

/// <summary>The texts of the shopper's rewards page in the customer account.</summary>
public static class AccountLocaleResources
{
    private const string P = "Plugins.Misc.AiqLoyalty.Account";

    /// <summary>The account navigation item's text.</summary>
    public const string MenuItemName = P + ".MenuItem";

    /// <summary>The resource of a past-order reward's status (one per <see cref="ShopperClaimStatus"/>).</summary>
    public static string StatusName(ShopperClaimStatus status) => $"{P}.Status.{status}";

    /// <summary>Resource name to English text.</summary>
    public static IReadOnlyDictionary<string, string> All => new Dictionary<string, string>
    {
        [MenuItemName] = "Rewards",
        [$"{P}.Title"] = "Rewards",
        [$"{P}.Intro"] = "Your points and rewards from our loyalty program. Verify your phone or email once; your rewards are used in your cart when you check out.",
        [$"{P}.BoxTitle"] = "Your points and rewards",
        [$"{P}.VerifiedAs"] = "Verified as {0}.",
        [$"{P}.AppliedInCart"] = "Applied to your cart",
        [$"{P}.UseInCart"] = "Use a reward: go to your cart",
        [$"{P}.InUse"] = "In use: in a cart or on an order not yet redeemed",
        [$"{P}.PastOrders"] = "Rewards used on your orders",
        [$"{P}.PastOrders.None"] = "None of your orders has used a reward yet.",
        [$"{P}.PastOrders.Order"] = "Order",
        [$"{P}.PastOrders.Date"] = "Date",
        [$"{P}.PastOrders.Reward"] = "Reward",
        [$"{P}.PastOrders.Points"] = "Points",
        [$"{P}.PastOrders.Status"] = "Status",
        [StatusName(ShopperClaimStatus.Processing)] = "Processing",
        [StatusName(ShopperClaimStatus.Redeemed)] = "Redeemed: points deducted",
        [StatusName(ShopperClaimStatus.WaitingForStore)] = "Passed to the store, which redeems it",
        [StatusName(ShopperClaimStatus.PointsReturning)] = "Order cancelled: points being returned",
        [StatusName(ShopperClaimStatus.PointsReturned)] = "Order cancelled: points returned",
        [StatusName(ShopperClaimStatus.NoPointsTaken)] = "Not redeemed: no points taken"
    };
}
