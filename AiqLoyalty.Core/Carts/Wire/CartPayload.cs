using System.Text.Json.Serialization;

namespace AiqLoyalty.Core.Carts.Wire;

/// <summary>
/// Body of <c>POST /api/v2/cart</c>. [INFER] AIQ does not publish this payload: every JSON name in
/// this folder is our reading of AIQ's own cart model (docs/aiq-api.md, "Abandoned carts"), in AIQ's
/// usual casing (contactID, redemptionURL). Change names here and only here.
/// </summary>
public sealed record CartPayload
{
    /// <summary>[INFER] The platform's cart id.</summary>
    [JsonPropertyName("cartID")]
    public required string CartId { get; init; }

    /// <summary>[INFER] When the cart was started, unix seconds (AIQ's wallet uses unix seconds too).</summary>
    [JsonPropertyName("created")]
    public long Created { get; init; }

    /// <summary>[INFER] When the cart last changed, unix seconds.</summary>
    [JsonPropertyName("updated")]
    public long Updated { get; init; }

    /// <summary>[DOC] One of Open, Started Checkout, Complete, Abandoned; always Abandoned here.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>[INFER] The cart's products.</summary>
    [JsonPropertyName("products")]
    public required IReadOnlyList<CartPayloadProduct> Products { get; init; }

    /// <summary>[INFER] Money totals.</summary>
    [JsonPropertyName("totals")]
    public required CartPayloadTotals Totals { get; init; }

    /// <summary>[INFER] The store.</summary>
    [JsonPropertyName("store")]
    public required CartPayloadStore Store { get; init; }

    /// <summary>[INFER] The shopper.</summary>
    [JsonPropertyName("customer")]
    public required CartPayloadCustomer Customer { get; init; }

    /// <summary>[INFER] Absolute link back to the cart.</summary>
    [JsonPropertyName("cartURL")]
    public string? CartUrl { get; init; }
}
