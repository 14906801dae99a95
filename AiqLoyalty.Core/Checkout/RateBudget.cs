namespace AiqLoyalty.Core.Checkout;

/// <summary>A budget of <paramref name="Limit"/> units per <paramref name="Window"/> under one key.</summary>
/// <param name="StoreId">The store (0 for budgets shared by every store).</param>
/// <param name="Key">What is counted, e.g. "fail:ip:{hash}".</param>
/// <param name="Limit">Units per window.</param>
/// <param name="Window">How long a window lasts from its first unit.</param>
public sealed record RateBudget(int StoreId, string Key, int Limit, TimeSpan Window);
