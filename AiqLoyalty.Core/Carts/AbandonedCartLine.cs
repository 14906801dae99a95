namespace AiqLoyalty.Core.Carts;

/// <summary>One product line of an abandoned cart.</summary>
public sealed record AbandonedCartLine
{
    /// <summary>The platform's product id.</summary>
    public required string ProductId { get; init; }

    /// <summary>SKU of the chosen variant, if any.</summary>
    public string? Sku { get; init; }

    /// <summary>Product name.</summary>
    public required string Name { get; init; }

    /// <summary>Absolute image URL.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Category name.</summary>
    public string? Category { get; init; }

    /// <summary>Brand (manufacturer) name.</summary>
    public string? Brand { get; init; }

    /// <summary>Short description, plain text.</summary>
    public string? Description { get; init; }

    /// <summary>Unit price.</summary>
    public decimal Price { get; init; }

    /// <summary>Quantity.</summary>
    public int Quantity { get; init; }

    /// <summary>Unit weight in the store's weight unit.</summary>
    public decimal? Weight { get; init; }

    /// <summary>Discount on the line, as an amount.</summary>
    public decimal? Discount { get; init; }
}
