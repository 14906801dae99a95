using System.Net;
using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class CartTests : SandboxTestBase
{
    [Test]
    public async Task Cart_IsStoredWithUidAndBody_AndGetsASequenceId()
    {
        var cart = new { cartID = "cart-1", status = "Abandoned", totals = new { total = 42.5 }, customer = new { phone = DemoShoppers.AnnPhone } };

        using var first = await PostAsync("api/v2/cart", cart);
        using var second = await PostAsync("api/v2/cart", new { cartID = "cart-2" });

        Assert.That((string?)(await AssertOkAsync(first))["id"], Is.EqualTo("1"));
        Assert.That((string?)(await AssertOkAsync(second))["id"], Is.EqualTo("2"));
        var carts = JsonNode.Parse(await Client.GetStringAsync("_sandbox/carts"))!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(carts, Has.Count.EqualTo(2));
            Assert.That((string?)carts[0]!["uid"], Is.EqualTo(SandboxHost.DemoUid));
            Assert.That((string?)carts[0]!["body"]!["cartID"], Is.EqualTo("cart-1"));
            Assert.That((double)carts[0]!["body"]!["totals"]!["total"]!, Is.EqualTo(42.5));
            Assert.That(carts[0]!["receivedAt"], Is.Not.Null);
        }
    }

    [TestCase("[1, 2]")]
    [TestCase("\"cart\"")]
    public async Task NonObjectBody_Is400(string body)
    {
        using var response = await PostAsync("api/v2/cart", Raw(body));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.That(Host.State.GetCarts(), Is.Empty);
    }
}
