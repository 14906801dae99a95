using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>One row of the rewards audit: a reward an order used, with the points of the whole order.</summary>
/// <param name="Claim">The reward claim.</param>
/// <param name="OrderPointsDeduction">AIQ's pointsDeduction summed over every reward of the claim's order.</param>
public sealed record RewardsAuditRow(AiqRewardClaim Claim, long OrderPointsDeduction);
