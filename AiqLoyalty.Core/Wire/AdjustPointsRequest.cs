namespace AiqLoyalty.Core.Wire;

/// <summary>
/// Body of the points-adjust call: positive adds, negative deducts. AIQ has no idempotency key, so
/// the plugin puts its own key in <see cref="Note"/>.
/// </summary>
public sealed record AdjustPointsRequest(long Value, string Note);
