namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>The plugin's reward row on the admin order page (block <c>#aiq-order-rewards</c>).</summary>
public sealed record AdminOrderReward(int ClaimId, string Name, string TemplateId, int PointsDeduction, string State, bool CanRetry);
