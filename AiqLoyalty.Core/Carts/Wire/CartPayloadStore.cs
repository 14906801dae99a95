using System.Text.Json.Serialization;

namespace AiqLoyalty.Core.Carts.Wire;

/// <summary>[INFER] Store of <see cref="CartPayload"/>; names from AIQ's cart model.</summary>
public sealed record CartPayloadStore
{
    /// <summary>[INFER] AIQ's integer store id.</summary>
    [JsonPropertyName("id")]
    public long? Id { get; init; }

    /// <summary>[INFER] Name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>[INFER] Address.</summary>
    [JsonPropertyName("address")]
    public string? Address { get; init; }

    /// <summary>[INFER] Phone.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; init; }
}
