using AiqLoyalty.Core.Carts.Wire;
using AiqLoyalty.Core.Validation;

namespace AiqLoyalty.Core.Carts;

/// <summary>
/// Builds AIQ's abandoned-cart payload from a platform-neutral cart. The JSON names it targets are
/// inferred [INFER] and live only in <see cref="CartPayload"/> and its parts in Carts/Wire.
/// </summary>
public static class AbandonedCartPayloadMapper
{
    /// <summary>[DOC] The status AIQ's cart model uses for an abandoned cart.</summary>
    public const string AbandonedStatus = "Abandoned";

    /// <summary>Longest text field sent, in UTF-16 code units.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>Maps <paramref name="cart"/> to the payload.</summary>
    /// <param name="cart">The cart.</param>
    /// <returns>The payload to POST; nulls are omitted when serialised with AIQ's JSON options.</returns>
    public static CartPayload Map(AbandonedCart cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentException.ThrowIfNullOrWhiteSpace(cart.CartId, nameof(cart.CartId));

        return new CartPayload
        {
            CartId = cart.CartId.Trim(),
            Created = cart.CreatedAt.ToUnixTimeSeconds(),
            Updated = cart.UpdatedAt.ToUnixTimeSeconds(),
            Status = AbandonedStatus,
            Products = (cart.Lines ?? []).Select(MapLine).ToList(),
            Totals = MapTotals(cart.Totals ?? new AbandonedCartTotals()),
            Store = MapStore(cart.Store ?? new AbandonedCartStore()),
            Customer = MapCustomer(cart.Customer ?? new AbandonedCartCustomer()),
            CartUrl = AbsoluteHttpUrl(cart.CartUrl)
        };
    }

    private static CartPayloadProduct MapLine(AbandonedCartLine line) => new()
    {
        Id = line.ProductId.Trim(),
        Sku = Text(line.Sku),
        Name = Text(line.Name) ?? line.ProductId.Trim(),
        Image = AbsoluteHttpUrl(line.ImageUrl),
        Category = Text(line.Category),
        Brand = Text(line.Brand),
        Description = Text(line.Description),
        Price = line.Price,
        Quantity = line.Quantity,
        Weight = line.Weight,
        Discount = line.Discount
    };

    private static CartPayloadTotals MapTotals(AbandonedCartTotals totals) => new()
    {
        Subtotal = totals.Subtotal,
        Taxes = totals.Taxes,
        Fees = totals.Fees,
        Discounts = totals.Discounts,
        Total = totals.Total
    };

    private static CartPayloadStore MapStore(AbandonedCartStore store) => new()
    {
        Id = store.Id,
        Name = Text(store.Name),
        Address = Text(store.Address),
        Phone = Text(store.Phone)
    };

    private static CartPayloadCustomer MapCustomer(AbandonedCartCustomer customer) => new()
    {
        Name = Text(customer.Name),
        Phone = PhoneNumberNormalizer.Normalize(customer.Phone).Value,
        Email = EmailAddressNormalizer.Normalize(customer.Email).Value,
        ContactId = Text(customer.ContactId)
    };

    private static string? Text(string? value) => PlainText.TrimAndCap(value, MaxTextLength);

    private static string? AbsoluteHttpUrl(string? url) => PlainText.AbsoluteHttpUrl(url);
}
