namespace AiqLoyalty.CartBenchmark;

/// <summary>An index the benchmark can put on ShoppingCartItem: its name and columns, in order.</summary>
public sealed record CandidateIndex(string Name, params string[] Columns);
