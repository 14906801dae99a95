namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>The texts of the order page's claim actions and the "needs attention" list.</summary>
public static class ClaimLocaleResources
{
    private const string P = "Plugins.Misc.AiqLoyalty";

    /// <summary>Resource name to English text.</summary>
    public static IReadOnlyDictionary<string, string> All => new Dictionary<string, string>
    {
        [$"{P}.Menu.NeedsAttention"] = "Needs attention ({0})",
        [$"{P}.NeedsAttention.Title"] = "AIQ rewards that need attention",
        [$"{P}.NeedsAttention.Intro"] = "AIQ's answers could not tell whether these rewards' points moved (the call's answer was lost and the shopper's wallet and balance do not settle it). Nothing is retried automatically. Open the order, check the shopper in AIQ, then choose Mark redeemed, Release or Retry.",
        [$"{P}.NeedsAttention.None"] = "No reward needs attention.",
        [$"{P}.NeedsAttention.Order"] = "Order",
        [$"{P}.NeedsAttention.Reason"] = "To settle",
        [$"{P}.NeedsAttention.Since"] = "Since (UTC)",
        [$"{P}.NeedsAttention.Reason.Redemption"] = "Were the points taken? (redemption)",
        [$"{P}.NeedsAttention.Reason.Refund"] = "Were the points given back? (cancelled order)",
        [$"{P}.NeedsAttention.Reason.None"] = string.Empty,
        [$"{P}.Orders.RefundRequested"] = "Order cancelled: the points go back once taken.",
        [$"{P}.Orders.MarkRedeemed"] = "Mark redeemed",
        [$"{P}.Orders.MarkRedeemed.Hint"] = "AIQ shows the points were taken for this reward: record it as redeemed (if the order was cancelled, the points are then given back).",
        [$"{P}.Orders.Release.Redemption.Hint"] = "AIQ shows no points were taken: let the reward go; nothing is sent to AIQ.",
        [$"{P}.Orders.Release.Refund.Hint"] = "AIQ shows the points are back with the shopper: record the refund as done; nothing is sent to AIQ.",
        [$"{P}.Orders.Action.Done"] = "AIQ reward \"{0}\": {1}",
        [$"{P}.Orders.Action.NotFound"] = "AIQ reward \"{0}\" is not on this order.",
        [$"{P}.Orders.Action.NotAllowed"] = "AIQ reward \"{0}\" is {1}: that action does not apply now (a call to AIQ may be in flight). Nothing was done.",
        [$"{P}.Orders.Action.Changed"] = "AIQ reward \"{0}\" changed meanwhile (now {1}): another worker or staff member acted first. Nothing was done; check the order again."
    };
}
