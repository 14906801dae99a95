namespace Nop.Plugin.Misc.AiqLoyalty.Services.Dashboard;

/// <summary>The figures of one time window.</summary>
/// <param name="RewardsApplied">Rewards shoppers applied (claims created).</param>
/// <param name="Redeemed">Rewards AIQ confirmed as redeemed.</param>
/// <param name="PointsDeducted">pointsDeduction of the rewards redeemed.</param>
/// <param name="PointsReturned">Points given back after cancelled or refunded orders.</param>
/// <param name="CartsSent">Abandoned carts AIQ accepted.</param>
/// <param name="CartsFailed">Abandoned carts that failed for good (changed in the window).</param>
/// <param name="CartsSkipped">Abandoned carts not sent, with a reason (changed in the window).</param>
/// <param name="CartsNoConsent">Abandoned carts not sent because the shopper may not be contacted (changed in the window).</param>
/// <param name="AiqErrors">Calls to AIQ that ended in an error (not a shopper's "no": wrong codes and unknown contacts are not errors).</param>
public sealed record DashboardWindow(int RewardsApplied, int Redeemed, long PointsDeducted, long PointsReturned,
    int CartsSent, int CartsFailed, int CartsSkipped, int CartsNoConsent, int AiqErrors);
