using System.Text.Json.Serialization;
using AiqLoyalty.Core.Wire.Json;

namespace AiqLoyalty.Core.Wire;

/// <summary>What the member lookup returns in <c>data</c> [INFER].</summary>
public sealed record LookupResult
{
    /// <summary>The contact id.</summary>
    [JsonPropertyName("contactID")]
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ContactId { get; init; }

    /// <summary>True when the contact is a loyalty member.</summary>
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool Loyalty { get; init; }
}
