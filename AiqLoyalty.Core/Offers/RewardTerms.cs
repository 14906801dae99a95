namespace AiqLoyalty.Core.Offers;

/// <summary>The priced part of a reward, once read from a template.</summary>
/// <param name="Kind">How the reward takes money off.</param>
/// <param name="Amount">Amount off for a fixed-amount reward.</param>
/// <param name="Percentage">Percent off for a percentage reward.</param>
internal sealed record RewardTerms(RewardKind Kind, decimal? Amount, decimal? Percentage);
