using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.AbandonedCarts;

/// <summary>The sync service with the real AIQ client against the in-process sandbox, faults injected there.</summary>
[TestFixture]
public class AbandonedCartSandboxTests
{
    private SandboxHost _host = null!;
    private ServiceProvider _services = null!;
    private HttpClient _control = null!;
    private IAiqClient _client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await SandboxHost.StartAsync();
        _control = new HttpClient { BaseAddress = _host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _services = new ServiceCollection().AddLogging().AddAiqClient().BuildServiceProvider();
        _client = _services.GetRequiredService<IAiqClientFactory>().Create(new AiqClientOptions
        {
            BaseUrl = _host.BaseAddress.ToString().TrimEnd('/'),
            ApiKey = SandboxHost.DemoApiKey,
            Uid = SandboxHost.DemoUid,
            AttemptTimeout = TimeSpan.FromSeconds(3),
            TotalTimeout = TimeSpan.FromSeconds(6)
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _services.DisposeAsync();
        _control.Dispose();
        await _host.DisposeAsync();
    }

    [SetUp]
    public async Task ResetAsync() => (await _control.PostAsync("_sandbox/reset", null)).EnsureSuccessStatusCode();

    private async Task FaultAsync(int status) =>
        (await _control.PostAsJsonAsync("_sandbox/faults", new { path = "/api/v2/cart", status, times = 1 })).EnsureSuccessStatusCode();

    private async Task<JsonArray> CartsAsync() => (await _control.GetFromJsonAsync<JsonArray>("_sandbox/carts"))!;

    [Test]
    public async Task A503IsRetriedWhenDueAndTheSandboxSeesTheCartExactlyOnce()
    {
        var world = new CartWorld();
        world.AddCustomer(10, email: "ann@example.com");
        var item = world.AddItem(10, 1, TimeSpan.FromHours(2));
        var service = world.CreateService(_client);
        await FaultAsync(503);

        await service.RunAsync();
        Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Retrying));
        Assert.That(world.RowOf(10).HttpStatus, Is.EqualTo(503));
        Assert.That(await CartsAsync(), Is.Empty);

        world.Clock.Advance(AbandonedCartDefaults.Backoff.BaseDelay);
        await service.RunAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(15));
        await service.RunAsync();

        var carts = await CartsAsync();
        Assert.That(carts, Has.Count.EqualTo(1), "the cart reached the sandbox more or less than once");
        var body = carts[0]!["body"]!;
        Assert.Multiple(() =>
        {
            Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Sent));
            Assert.That(body["cartID"]!.GetValue<string>(), Is.EqualTo("nop-1-10"));
            Assert.That(body["cartURL"]!.GetValue<string>(), Is.EqualTo("http://shop.example/cart"));
            Assert.That(body["customer"]!["email"]!.GetValue<string>(), Is.EqualTo("ann@example.com"));
            Assert.That(body["products"]!.AsArray(), Has.Count.EqualTo(1));
        });

        // A changed cart is sent again; a 429 leaves it waiting for the sandbox's Retry-After (1 s).
        item.Quantity = 4;
        item.UpdatedOnUtc = world.Now;
        await world.Items.UpdateAsync(item);
        world.Clock.Advance(TimeSpan.FromHours(2));
        await FaultAsync(429);
        var limited = await service.RunAsync();
        Assert.That(limited.StopReason, Is.EqualTo("RateLimited"));
        Assert.That(world.RowOf(10).NextAttemptOnUtc, Is.EqualTo(world.Now.AddSeconds(1)));

        world.Clock.Advance(TimeSpan.FromSeconds(2));
        await service.RunAsync();
        carts = await CartsAsync();
        Assert.That(carts, Has.Count.EqualTo(2));
        Assert.That(carts[1]!["body"]!["products"]![0]!["quantity"]!.GetValue<int>(), Is.EqualTo(4));
    }
}
