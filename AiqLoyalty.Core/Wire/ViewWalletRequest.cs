namespace AiqLoyalty.Core.Wire;

/// <summary>Body of the "view wallet with code" call.</summary>
public sealed record ViewWalletRequest
{
    /// <summary>10-digit phone, or null.</summary>
    public string? Phone { get; init; }

    /// <summary>Email, or null.</summary>
    public string? Email { get; init; }

    /// <summary>The 4-digit code, as a string.</summary>
    public required string Code { get; init; }
}
