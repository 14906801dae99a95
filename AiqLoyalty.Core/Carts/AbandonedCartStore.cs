namespace AiqLoyalty.Core.Carts;

/// <summary>The store an abandoned cart belongs to.</summary>
public sealed record AbandonedCartStore
{
    /// <summary>AIQ's store id (an integer in AIQ's store list), when the merchant mapped one.</summary>
    public long? Id { get; init; }

    /// <summary>Store name.</summary>
    public string? Name { get; init; }

    /// <summary>Postal address on one line.</summary>
    public string? Address { get; init; }

    /// <summary>Store phone.</summary>
    public string? Phone { get; init; }
}
