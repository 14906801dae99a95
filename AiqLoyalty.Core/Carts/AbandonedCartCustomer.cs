namespace AiqLoyalty.Core.Carts;

/// <summary>The shopper behind an abandoned cart.</summary>
public sealed record AbandonedCartCustomer
{
    /// <summary>Full name for display, if known.</summary>
    public string? Name { get; init; }

    /// <summary>Phone as entered; normalised to AIQ's 10 digits by the mapper, dropped if invalid.</summary>
    public string? Phone { get; init; }

    /// <summary>Email as entered; normalised by the mapper, dropped if invalid.</summary>
    public string? Email { get; init; }

    /// <summary>AIQ's contact id, when the shopper was verified.</summary>
    public string? ContactId { get; init; }
}
