using System.Text.Json.Serialization;

namespace AiqLoyalty.Core.Carts.Wire;

/// <summary>[INFER] Totals of <see cref="CartPayload"/>; names from AIQ's cart model.</summary>
public sealed record CartPayloadTotals
{
    /// <summary>[INFER] Subtotal.</summary>
    [JsonPropertyName("subtotal")]
    public decimal Subtotal { get; init; }

    /// <summary>[INFER] Taxes.</summary>
    [JsonPropertyName("taxes")]
    public decimal Taxes { get; init; }

    /// <summary>[INFER] Fees.</summary>
    [JsonPropertyName("fees")]
    public decimal Fees { get; init; }

    /// <summary>[INFER] Discounts.</summary>
    [JsonPropertyName("discounts")]
    public decimal Discounts { get; init; }

    /// <summary>[INFER] Total.</summary>
    [JsonPropertyName("total")]
    public decimal Total { get; init; }
}
