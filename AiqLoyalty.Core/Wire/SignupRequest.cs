namespace AiqLoyalty.Core.Wire;

/// <summary>
/// Body of the loyalty signup (upsert) call. Opt-ins are sent only as the shopper ticked them.
/// </summary>
public sealed record SignupRequest
{
    /// <summary>10-digit phone.</summary>
    public string? MobilePhone { get; init; }

    /// <summary>Email.</summary>
    public string? Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Join the loyalty program; null leaves membership as it is.</summary>
    public bool? Loyalty { get; init; }

    /// <summary>SMS marketing consent (AIQ's field is lower-case "smsoptin"); null (not sent) leaves an
    /// existing consent or opt-out untouched, so an unticked box never opts anyone out or in.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("smsoptin")]
    public bool? SmsOptIn { get; init; }

    /// <summary>Email marketing consent; null (not sent) leaves it untouched.</summary>
    public bool? EmailOptIn { get; init; }

    /// <summary>Favourite store name.</summary>
    public string? FavoriteStore { get; init; }

    /// <summary>Favourite store id (an integer on the wire).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("favoriteStoreID")]
    public int? FavoriteStoreId { get; init; }

    /// <summary>Extra attributes, e.g. the source system.</summary>
    public IReadOnlyList<CustomAttribute>? CustomAttributes { get; init; }
}
