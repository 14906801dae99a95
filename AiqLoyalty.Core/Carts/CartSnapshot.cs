namespace AiqLoyalty.Core.Carts;

/// <summary>The facts about a cart that decide whether it is abandoned.</summary>
public sealed record CartSnapshot
{
    /// <summary>Number of lines in the cart.</summary>
    public int LineCount { get; init; }

    /// <summary>When the newest line was last changed; null for an empty cart.</summary>
    public DateTimeOffset? LastChangedAt { get; init; }

    /// <summary>True when the shopper's phone number is known.</summary>
    public bool HasPhone { get; init; }

    /// <summary>True when the shopper's email address is known.</summary>
    public bool HasEmail { get; init; }

    /// <summary>When the shopper last placed an order, if ever.</summary>
    public DateTimeOffset? LastOrderAt { get; init; }

    /// <summary>True when AIQ can reach the shopper.</summary>
    public bool HasContact => HasPhone || HasEmail;
}
