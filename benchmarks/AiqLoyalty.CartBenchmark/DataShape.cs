namespace AiqLoyalty.CartBenchmark;

/// <summary>How much data and how it is spread.</summary>
public sealed record DataShape
{
    /// <summary>Customers (each owns one cart's worth of rows).</summary>
    public int Customers { get; init; } = 200_000;

    /// <summary>ShoppingCartItem rows in all.</summary>
    public int CartRows { get; init; } = 1_000_000;

    /// <summary>Stores (customers are spread over them).</summary>
    public int Stores { get; init; } = 2;

    /// <summary>Carts' last changes are spread over this many days before now.</summary>
    public int HistoryDays { get; init; } = 60;

    /// <summary>Distinct products.</summary>
    public int Products { get; init; } = 5_000;

    /// <summary>Random seed (the data is the same on every fill).</summary>
    public int Seed { get; init; } = 42;
}
