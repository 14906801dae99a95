using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

/// <summary>
/// The fault modes that make an outcome unknown to the caller (<c>applyFirst</c>): AIQ applied the
/// redemption or the adjustment, then the answer was a 502, the connection dropped, or came late;
/// and the per-path call counts that show how many PUTs reached one redemption URL.
/// </summary>
[TestFixture]
public sealed class UnknownOutcomeFaultTests : SandboxTestBase
{
    private const string RedeemPrefix = "/api/v1.1/discount/redeem";
    private const string AdjustPrefix = "/api/v1.1/adjust/loyaltyPoints";
    private const int TemplatePoints = 300;

    private static string AdjustPath(string contactId) => $"api/v1.1/adjust/loyaltyPoints/{SandboxHost.DemoUid}/{contactId}";

    [Test]
    public async Task Redeem_AppliedThen502_PointsTakenOnce_AndARepeatIs409()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1010");
        await AddFaultAsync(new { path = RedeemPrefix, status = 502, method = "PUT", applyFirst = true });

        using var faulted = await RedeemAsync(url);
        using var repeated = await RedeemAsync(url);

        await AssertErrorAsync(faulted, HttpStatusCode.BadGateway);
        await AssertErrorAsync(repeated, HttpStatusCode.Conflict);
        var ann = await ShopperAsync(DemoShoppers.AnnPhone);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ann["redemptions"]!.AsArray(), Has.Count.EqualTo(1), "AIQ applied the faulted PUT once");
            Assert.That((int)ann["loyaltyPoints"]!, Is.EqualTo(DemoShoppers.AnnPoints - TemplatePoints));
            Assert.That(Template(await WalletAsync(DemoShoppers.AnnPhone), "1010"), Is.Null, "the single-use reward left the wallet");
        }
    }

    [Test]
    public async Task Redeem_AppliedThenDropped_TheClientSeesNoAnswer_ButThePointsAreTaken()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1010");
        await AddFaultAsync(new { path = RedeemPrefix, drop = true, applyFirst = true });

        Assert.CatchAsync<HttpRequestException>(() => RedeemAsync(url));

        var ann = await ShopperAsync(DemoShoppers.AnnPhone);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ann["redemptions"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That((int)ann["loyaltyPoints"]!, Is.EqualTo(DemoShoppers.AnnPoints - TemplatePoints));
            Assert.That(Host.State.GetFaults(), Is.Empty, "the fault was used once");
        }
    }

    [Test]
    public async Task Adjust_AppliedThenDropped_OneCredit()
    {
        await AddFaultAsync(new { path = AdjustPrefix, drop = true, applyFirst = true });

        Assert.CatchAsync<HttpRequestException>(() => SendAsync(HttpMethod.Put, AdjustPath(DemoShoppers.DanContactId), new { value = 250, note = "refund key-1" }));

        var dan = await ShopperAsync(DemoShoppers.DanPhone);
        var adjustments = dan["adjustments"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(adjustments, Has.Count.EqualTo(1));
            Assert.That((string?)adjustments[0]!["note"], Is.EqualTo("refund key-1"));
            Assert.That((int)dan["loyaltyPoints"]!, Is.EqualTo(2250));
        }
    }

    [Test]
    public async Task Adjust_AppliedThen502_OneCredit()
    {
        await AddFaultAsync(new { path = AdjustPrefix, status = 502, applyFirst = true });

        using var response = await SendAsync(HttpMethod.Put, AdjustPath(DemoShoppers.DanContactId), new { value = 40, note = "refund key-2" });

        await AssertErrorAsync(response, HttpStatusCode.BadGateway);
        var dan = await ShopperAsync(DemoShoppers.DanPhone);
        Assert.That(dan["adjustments"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That((int)dan["loyaltyPoints"]!, Is.EqualTo(2040));
    }

    [Test]
    public async Task AppliedThenDelayed_TheEffectIsVisibleBeforeTheAnswerArrives()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1010");
        await AddFaultAsync(new { path = RedeemPrefix, delayMs = 800, applyFirst = true });

        var watch = Stopwatch.StartNew();
        var put = RedeemAsync(url);
        await Task.Delay(300);
        var during = await ShopperAsync(DemoShoppers.AnnPhone);
        using var response = await put;
        watch.Stop();

        var data = await AssertOkAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(put.IsCompleted && watch.Elapsed >= TimeSpan.FromMilliseconds(780), Is.True, $"answered after the delay ({watch.ElapsedMilliseconds} ms)");
            Assert.That(during["redemptions"]!.AsArray(), Has.Count.EqualTo(1), "applied while the answer was still held back");
            Assert.That((int)data["loyaltyPoints"]!, Is.EqualTo(DemoShoppers.AnnPoints - TemplatePoints), "the real answer, sent late");
        }
    }

    [Test]
    public async Task WithoutApplyFirst_A502IsAnsweredBeforeAnyEffect()
    {
        var url = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1010");
        await AddFaultAsync(new { path = RedeemPrefix, status = 502 });

        using var response = await RedeemAsync(url);

        await AssertErrorAsync(response, HttpStatusCode.BadGateway);
        Assert.That((await ShopperAsync(DemoShoppers.AnnPhone))["redemptions"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task PathCalls_CountEachRedemptionUrlAndContact_FaultedOnesToo()
    {
        var first = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1010");
        var second = await RedemptionUrlAsync(DemoShoppers.AnnPhone, "1020");
        await AddFaultAsync(new { path = RedeemPrefix, status = 502, applyFirst = true });

        (await RedeemAsync(first)).Dispose();
        (await RedeemAsync(first)).Dispose();
        (await RedeemAsync(second)).Dispose();
        (await SendAsync(HttpMethod.Put, AdjustPath(DemoShoppers.DanContactId), new { value = 5 })).Dispose();

        var redeems = JsonNode.Parse(await Client.GetStringAsync("_sandbox/calls/paths?prefix=" + Uri.EscapeDataString(RedeemPrefix)))!.AsObject();
        var all = JsonNode.Parse(await Client.GetStringAsync("_sandbox/calls/paths"))!.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(redeems, Has.Count.EqualTo(2), "only redemption paths under the prefix");
            Assert.That((int)redeems["PUT " + new Uri(first).AbsolutePath]!, Is.EqualTo(2));
            Assert.That((int)redeems["PUT " + new Uri(second).AbsolutePath]!, Is.EqualTo(1));
            Assert.That((int)all["PUT /" + AdjustPath(DemoShoppers.DanContactId)]!, Is.EqualTo(1));
            Assert.That((int)all["POST /api/v2/wallet"]!, Is.EqualTo(2), "the two wallet reads");
        }

        (await Client.PostAsync("_sandbox/reset", null)).Dispose();
        Assert.That(JsonNode.Parse(await Client.GetStringAsync("_sandbox/calls/paths"))!.AsObject(), Is.Empty, "reset forgets them");
    }

    [TestCase("{\"path\": \"/api\", \"status\": 502, \"applyFirst\": \"yes\"}")]
    [TestCase("{\"path\": \"/api\", \"applyFirst\": true}")]
    public async Task InvalidApplyFirstFault_Is400(string body)
    {
        using var response = await Client.PostAsync("_sandbox/faults", Raw(body));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.That(Host.State.GetFaults(), Is.Empty);
    }
}
