using System.Net;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class AdjustTests : SandboxTestBase
{
    private static string AdjustPath(string contactId) => $"api/v1.1/adjust/loyaltyPoints/{SandboxHost.DemoUid}/{contactId}";

    [Test]
    public async Task PositiveAndNegative_AreAppliedAndRecordedWithTheirNotes()
    {
        using var refund = await SendAsync(HttpMethod.Put, AdjustPath(DemoShoppers.DanContactId), new { value = 300, note = "refund order 17 key-abc" });
        using var deduct = await SendAsync(HttpMethod.Put, AdjustPath(DemoShoppers.DanContactId), new { value = -100, note = "manual" });

        Assert.That((int)(await AssertOkAsync(refund))["loyaltyPoints"]!, Is.EqualTo(2300));
        Assert.That((int)(await AssertOkAsync(deduct))["loyaltyPoints"]!, Is.EqualTo(2200));
        var adjustments = (await ShopperAsync(DemoShoppers.DanPhone))["adjustments"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(adjustments, Has.Count.EqualTo(2));
            Assert.That((int)adjustments[0]!["value"]!, Is.EqualTo(300));
            Assert.That((string?)adjustments[0]!["note"], Is.EqualTo("refund order 17 key-abc"));
            Assert.That((int)adjustments[1]!["value"]!, Is.EqualTo(-100));
        }
    }

    [Test]
    public async Task BelowZero_Is400_AndTheBalanceIsUnchanged()
    {
        using var response = await SendAsync(HttpMethod.Put, AdjustPath(DemoShoppers.DanContactId), new { value = -2001 });

        await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.That((int)(await ShopperAsync(DemoShoppers.DanPhone))["loyaltyPoints"]!, Is.EqualTo(2000));
    }

    [TestCase("{\"value\": 0}")]
    [TestCase("{\"value\": 1.5}")]
    [TestCase("{\"value\": \"300\"}")]
    [TestCase("{\"note\": \"no value\"}")]
    public async Task ValueNotANonZeroInteger_Is400(string body)
    {
        using var response = await SendAsync(HttpMethod.Put, AdjustPath(DemoShoppers.DanContactId), Raw(body));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task UnknownContact_Is404()
    {
        using var response = await SendAsync(HttpMethod.Put, AdjustPath("c_nobody"), new { value = 10 });

        await AssertErrorAsync(response, HttpStatusCode.NotFound);
    }
}
