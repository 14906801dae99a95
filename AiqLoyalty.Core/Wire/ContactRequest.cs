namespace AiqLoyalty.Core.Wire;

/// <summary>
/// Identifies a shopper by phone (10 digits) or email, as the verify and wallet calls take it.
/// </summary>
public sealed record ContactRequest
{
    /// <summary>10-digit US/Canada phone, or null.</summary>
    public string? Phone { get; init; }

    /// <summary>Email, or null.</summary>
    public string? Email { get; init; }
}
