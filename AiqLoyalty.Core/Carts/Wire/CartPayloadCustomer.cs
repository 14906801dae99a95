using System.Text.Json.Serialization;

namespace AiqLoyalty.Core.Carts.Wire;

/// <summary>[INFER] Shopper of <see cref="CartPayload"/>; names from AIQ's cart model.</summary>
public sealed record CartPayloadCustomer
{
    /// <summary>[INFER] Full name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>[INFER] 10-digit phone.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    /// <summary>[INFER] Email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>[INFER] AIQ's contact id, spelled as in the wallet.</summary>
    [JsonPropertyName("contactID")]
    public string? ContactId { get; init; }
}
