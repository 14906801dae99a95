using AiqLoyalty.Core.Client;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Client;

[TestFixture]
public class RedemptionUrlGuardTests
{
    private const string Base = "https://lab.alpineiq.com";
    private const string Url = "https://lab.alpineiq.com/api/v1.1/discount/redeem/1546/1010/tok-123";

    [Test]
    public void EcommerceRedemptionIsFollowedExactlyAsGiven() =>
        Assert.That(RedemptionUrlGuard.Resolve(Url, Base)!.AbsoluteUri, Is.EqualTo(Url));

    [Test]
    public void PosRedemptionAppendsTheTransactionIdAsOneSegment() =>
        Assert.That(RedemptionUrlGuard.Resolve(Url + "/", Base, "T 99")!.AbsoluteUri, Is.EqualTo(Url + "/T%2099"));

    [TestCase("https://evil.example.com/api/v1.1/discount/redeem/1546/1010/tok")]
    [TestCase("http://lab.alpineiq.com/api/v1.1/discount/redeem/1546/1010/tok")]
    [TestCase("https://lab.alpineiq.com:8443/api/v1.1/discount/redeem/1546/1010/tok")]
    [TestCase("https://user:pw@lab.alpineiq.com/api/v1.1/discount/redeem/1546/1010/tok")]
    [TestCase("https://lab.alpineiq.com.evil.example/api")]
    [TestCase("/api/v1.1/discount/redeem/1546/1010/tok")]
    [TestCase("javascript:alert(1)")]
    [TestCase("")]
    [TestCase(null)]
    public void UrlsOffTheConfiguredHostAreRefused(string? url) =>
        Assert.That(RedemptionUrlGuard.Resolve(url, Base), Is.Null);

    [Test]
    public void MaskHidesTheToken()
    {
        var masked = RedemptionUrlGuard.Mask(Url);
        Assert.That(masked, Does.Not.Contain("tok-123"));
        Assert.That(masked, Is.EqualTo("https://lab.alpineiq.com/api/v1.1/discount/redeem/1546/1010/***"));
    }
}
