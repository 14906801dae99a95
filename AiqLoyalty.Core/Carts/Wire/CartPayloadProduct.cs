using System.Text.Json.Serialization;

namespace AiqLoyalty.Core.Carts.Wire;

/// <summary>[INFER] One product of <see cref="CartPayload"/>; names from AIQ's cart model.</summary>
public sealed record CartPayloadProduct
{
    /// <summary>[INFER] Product id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>[INFER] SKU.</summary>
    [JsonPropertyName("sku")]
    public string? Sku { get; init; }

    /// <summary>[INFER] Name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>[INFER] Absolute image URL.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>[INFER] Category.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; init; }

    /// <summary>[INFER] Brand.</summary>
    [JsonPropertyName("brand")]
    public string? Brand { get; init; }

    /// <summary>[INFER] Description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>[INFER] Unit price.</summary>
    [JsonPropertyName("price")]
    public decimal Price { get; init; }

    /// <summary>[INFER] Quantity.</summary>
    [JsonPropertyName("quantity")]
    public int Quantity { get; init; }

    /// <summary>[INFER] Unit weight.</summary>
    [JsonPropertyName("weight")]
    public decimal? Weight { get; init; }

    /// <summary>[INFER] Line discount amount.</summary>
    [JsonPropertyName("discount")]
    public decimal? Discount { get; init; }
}
