namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>What the cart payload needs of a product.</summary>
public record AbandonedCartProduct
{
    /// <summary>The product id.</summary>
    public int Id { get; init; }

    /// <summary>SKU.</summary>
    public string Sku { get; init; }

    /// <summary>Name.</summary>
    public string Name { get; init; }

    /// <summary>Absolute URL of the first picture.</summary>
    public string ImageUrl { get; init; }

    /// <summary>Name of the first category.</summary>
    public string Category { get; init; }

    /// <summary>Short description.</summary>
    public string Description { get; init; }

    /// <summary>Unit price.</summary>
    public decimal Price { get; init; }

    /// <summary>Whether the shopper enters the price (the cart line's CustomerEnteredPrice is used then).</summary>
    public bool CustomerEntersPrice { get; init; }

    /// <summary>Unit weight.</summary>
    public decimal Weight { get; init; }
}
