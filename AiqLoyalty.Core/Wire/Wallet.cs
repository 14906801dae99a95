using System.Text.Json.Serialization;
using AiqLoyalty.Core.Wire.Json;

namespace AiqLoyalty.Core.Wire;

/// <summary>
/// A shopper's wallet as AIQ returns it inside <c>data</c>.
/// </summary>
public sealed record Wallet
{
    /// <summary>AIQ's contact id for the shopper.</summary>
    [JsonPropertyName("contactID")]
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ContactId { get; init; }

    /// <summary>Point balance; always 0 when <see cref="HidePointsInWallet"/> is set.</summary>
    [JsonConverter(typeof(TolerantInt64Converter))]
    public long LoyaltyPoints { get; init; }

    /// <summary>True when the brand hides points: show none.</summary>
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool HidePointsInWallet { get; init; }

    /// <summary>Badges, present only when asked for.</summary>
    public IReadOnlyList<Audience>? Audiences { get; init; }

    /// <summary>The rewards on offer.</summary>
    public IReadOnlyList<DiscountTemplate>? DiscountTemplates { get; init; }
}
