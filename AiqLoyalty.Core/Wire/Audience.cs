namespace AiqLoyalty.Core.Wire;

/// <summary>A badge (audience) the shopper belongs to.</summary>
public sealed record Audience
{
    /// <summary>Badge name.</summary>
    public string? Name { get; init; }

    /// <summary>Badge image URL.</summary>
    public string? Avatar { get; init; }
}
