namespace AiqLoyalty.Core.Carts;

/// <summary>One cart line as the fingerprint sees it.</summary>
/// <param name="ProductId">The platform's product id.</param>
/// <param name="Variant">What tells variants apart: the SKU or a hash of the chosen attributes; may be null.</param>
/// <param name="Quantity">Quantity.</param>
/// <param name="UnitPrice">Unit price; 10, 10.0 and 10.00 count as the same.</param>
public sealed record CartFingerprintLine(string ProductId, string? Variant, int Quantity, decimal UnitPrice);
