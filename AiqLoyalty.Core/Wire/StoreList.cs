namespace AiqLoyalty.Core.Wire;

/// <summary>The stores call's <c>data</c>.</summary>
public sealed record StoreList
{
    /// <summary>The merchant's stores.</summary>
    public IReadOnlyList<AiqStore>? Stores { get; init; }
}
