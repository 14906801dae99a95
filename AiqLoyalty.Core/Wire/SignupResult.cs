using System.Text.Json.Serialization;
using AiqLoyalty.Core.Wire.Json;

namespace AiqLoyalty.Core.Wire;

/// <summary>What the signup call returns in <c>data</c> [INFER: shape not published].</summary>
public sealed record SignupResult
{
    /// <summary>The contact id, when returned.</summary>
    [JsonPropertyName("contactID")]
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ContactId { get; init; }

    /// <summary>True when a new contact was created.</summary>
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool Created { get; init; }
}
