using AiqLoyalty.Core.Redemption;
using Moq;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

/// <summary>Reward names and error messages come from AIQ: staff notifications always have nopCommerce encode them.</summary>
[TestFixture]
[Category("Abuse")]
public class OrderAdminNotificationTests
{
    private const string Hostile = "<img src=x onerror=alert(1)>";

    private OrderAdminWorld _w = null!;

    [SetUp]
    public void SetUp() => _w = new OrderAdminWorld();

    [Test]
    public async Task RetryNotificationsWithAiqTextAreHtmlEncoded()
    {
        var claim = _w.Claims.Seed(new AiqRewardClaim
        {
            StoreId = 1, OrderId = 70, RewardName = "Reward " + Hostile, LastError = "Rejected: " + Hostile, StateId = (int)ClaimState.FailedFinal, RedemptionModelId = 1
        });
        _w.Worker.Setup(w => w.ProcessClaimAsync(claim.Id, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        await _w.Controller.Retry(claim.Id, 70);

        Assert.That(_w.AllEncodedWith(Hostile), Is.True, "shown, and encoded by nopCommerce");
    }

    [Test]
    public async Task ReleaseNotificationsWithAiqTextAreHtmlEncoded()
    {
        var claim = _w.Claims.Seed(new AiqRewardClaim { StoreId = 1, OrderId = 71, RewardName = Hostile, StateId = (int)ClaimState.RecordedForPos, RedemptionModelId = 2 });
        _w.ClaimService.Setup(c => c.ReleaseHeldForPosAsync(claim.Id)).ReturnsAsync(true);

        await _w.Controller.Release(claim.Id, 71);

        Assert.That(_w.AllEncodedWith(Hostile), Is.True);
        _w.ClaimService.Verify(c => c.ReleaseHeldForPosAsync(claim.Id), Times.Once);
    }
}
