using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AiqLoyalty.Core.Carts;

/// <summary>
/// A stable SHA-256 (lower-case hex) of a cart's lines, independent of line order, so a cart is
/// sent to AIQ again only when its contents change.
/// </summary>
public static class CartFingerprint
{
    /// <summary>Prefix of the canonical text; bump it if the format ever changes.</summary>
    public const string FormatVersion = "v1";

    /// <summary>Computes the fingerprint of <paramref name="lines"/>.</summary>
    /// <param name="lines">The cart's lines, in any order.</param>
    /// <returns>64 lower-case hex characters.</returns>
    public static string Compute(IEnumerable<CartFingerprintLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);

        var canonicalLines = lines.Select(Canonical).Order(StringComparer.Ordinal);
        var text = FormatVersion + "\n" + string.Join("\n", canonicalLines);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Length-prefixes the free-text fields so no value can imitate a separator.</summary>
    private static string Canonical(CartFingerprintLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var product = line.ProductId ?? string.Empty;
        var variant = line.Variant ?? string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{product.Length}:{product}|{variant.Length}:{variant}|{line.Quantity}|{StripTrailingZeros(line.UnitPrice)}");
    }

    private static string StripTrailingZeros(decimal value) =>
        (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
