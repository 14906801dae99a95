using System.Net;
using AiqLoyalty.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class CodeExpiryTests : SandboxTestBase
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override Task<SandboxHost> StartHostAsync() => SandboxHost.StartAsync(null, _time);

    [Test]
    public async Task Code_IsValidUpToItsLifetime()
    {
        var code = await SendCodeAsync(DemoShoppers.AnnPhone);
        _time.Advance(TimeSpan.FromSeconds(599));

        using var view = await PostAsync("api/v2/view/contact/wallet", new { phone = DemoShoppers.AnnPhone, code });

        await AssertOkAsync(view);
    }

    [Test]
    public async Task Code_OlderThanLifetime_Is401()
    {
        var code = await SendCodeAsync(DemoShoppers.AnnPhone);
        _time.Advance(TimeSpan.FromSeconds(601));

        using var view = await PostAsync("api/v2/view/contact/wallet", new { phone = DemoShoppers.AnnPhone, code });

        Assert.That(await AssertErrorAsync(view, HttpStatusCode.Unauthorized), Is.EqualTo("Invalid or expired verification code"));
    }

    [Test]
    public async Task Resend_AfterExpiry_GivesAWorkingCode()
    {
        await SendCodeAsync(DemoShoppers.AnnPhone);
        _time.Advance(TimeSpan.FromMinutes(30));
        var fresh = await SendCodeAsync(DemoShoppers.AnnPhone);

        using var view = await PostAsync("api/v2/view/contact/wallet", new { phone = DemoShoppers.AnnPhone, code = fresh });

        await AssertOkAsync(view);
    }
}
