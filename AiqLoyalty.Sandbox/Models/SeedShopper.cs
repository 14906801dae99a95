namespace AiqLoyalty.Sandbox.Models;

/// <summary>A shopper in the seed file.</summary>
public sealed record SeedShopper
{
    /// <summary>AIQ contact id, e.g. <c>c_ann</c>.</summary>
    public string ContactID { get; init; } = "";

    /// <summary>Ten-digit US/Canada phone number without <c>+1</c>, or null.</summary>
    public string? Phone { get; init; }

    /// <summary>Email address, or null.</summary>
    public string? Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The real points balance (stored even when the wallet hides it).</summary>
    public int LoyaltyPoints { get; init; }

    /// <summary>True when the brand hides points: the wallet then reports 0.</summary>
    public bool HidePointsInWallet { get; init; }

    /// <summary>Ids of the templates in this shopper's wallet, in wallet order.</summary>
    public IReadOnlyList<string> TemplateIds { get; init; } = [];
}
