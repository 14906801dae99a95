using System.Text.Json;
using System.Text.Json.Nodes;
using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Wire.Json;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Carts;

[TestFixture]
public class AbandonedCartPayloadMapperTests
{
    private static readonly DateTimeOffset Created = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private static AbandonedCart Cart() => new()
    {
        CartId = " cart-42 ",
        CreatedAt = Created,
        UpdatedAt = Created.AddMinutes(30),
        Customer = new AbandonedCartCustomer { Name = "Ann Lee", Phone = "+1 (212) 555-0123", Email = " Ann@Example.com ", ContactId = "c_123" },
        Lines =
        [
            new AbandonedCartLine
            {
                ProductId = "12", Sku = "SKU-G", Name = "Gummies", ImageUrl = "https://shop.example/img/12.png",
                Category = "Edibles", Brand = "Kiva", Description = "Ten pieces", Price = 19.99m, Quantity = 2,
                Weight = 0.1m, Discount = 2m
            }
        ],
        Totals = new AbandonedCartTotals { Subtotal = 39.98m, Taxes = 3.2m, Fees = 5m, Discounts = 2m, Total = 46.18m },
        Store = new AbandonedCartStore { Id = 12, Name = "Main St", Address = "1 Main St, Denver, CO", Phone = "303-555-0100" },
        CartUrl = "https://shop.example/cart"
    };

    private static JsonObject Serialize(AbandonedCart cart) =>
        JsonNode.Parse(JsonSerializer.Serialize(AbandonedCartPayloadMapper.Map(cart), AiqJson.Options))!.AsObject();

    [Test]
    public void Map_SerialisesToTheInferredShape()
    {
        var json = Serialize(Cart());

        var expected = JsonNode.Parse("""
            {
              "cartID": "cart-42",
              "created": 1748772000,
              "updated": 1748773800,
              "status": "Abandoned",
              "products": [{
                "id": "12", "sku": "SKU-G", "name": "Gummies", "image": "https://shop.example/img/12.png",
                "category": "Edibles", "brand": "Kiva", "description": "Ten pieces",
                "price": 19.99, "quantity": 2, "weight": 0.1, "discount": 2
              }],
              "totals": {"subtotal": 39.98, "taxes": 3.2, "fees": 5, "discounts": 2, "total": 46.18},
              "store": {"id": 12, "name": "Main St", "address": "1 Main St, Denver, CO", "phone": "303-555-0100"},
              "customer": {"name": "Ann Lee", "phone": "2125550123", "email": "ann@example.com", "contactID": "c_123"},
              "cartURL": "https://shop.example/cart"
            }
            """);

        Assert.That(JsonNode.DeepEquals(json, expected), Is.True, json.ToJsonString());
    }

    [Test]
    public void Map_OmitsMissingOptionalFields_AndDropsInvalidContactsAndUrls()
    {
        var cart = Cart() with
        {
            Customer = new AbandonedCartCustomer { Phone = "12345", Email = "not-an-email" },
            Lines = [new AbandonedCartLine { ProductId = "7", Name = "  ", ImageUrl = "/img/7.png", Price = 1m, Quantity = 1 }],
            Store = new AbandonedCartStore(),
            CartUrl = "javascript:alert(1)"
        };

        var json = Serialize(cart);

        Assert.Multiple(() =>
        {
            Assert.That(json["customer"]!.AsObject().Count, Is.Zero);
            Assert.That(json["store"]!.AsObject().Count, Is.Zero);
            Assert.That(json.ContainsKey("cartURL"), Is.False);
            var product = json["products"]![0]!.AsObject();
            Assert.That(product.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "name", "price", "quantity" }));
            Assert.That(product["name"]!.GetValue<string>(), Is.EqualTo("7"));
        });
    }

    [Test]
    public void Map_StatusIsAlwaysAbandoned()
    {
        Assert.That(AbandonedCartPayloadMapper.Map(Cart()).Status, Is.EqualTo("Abandoned"));
    }

    [Test]
    public void Map_RefusesABlankCartId()
    {
        Assert.That(() => AbandonedCartPayloadMapper.Map(Cart() with { CartId = " " }), Throws.ArgumentException);
    }
}
