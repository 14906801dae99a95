using AiqLoyalty.Core.Client;
using AiqLoyalty.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>
/// One sandbox per fixture, a control HttpClient for its /_sandbox routes, and the production AIQ
/// client (AddAiqClient) pointed at it; the sandbox is reset before every test.
/// </summary>
public abstract class SandboxClientFixture
{
    private ServiceProvider _services = null!;

    /// <summary>The sandbox.</summary>
    protected SandboxHost Sandbox { get; private set; } = null!;

    /// <summary>A plain client for the sandbox's control routes.</summary>
    protected HttpClient Control { get; private set; } = null!;

    /// <summary>The AIQ client under test.</summary>
    protected IAiqClient Client { get; private set; } = null!;

    /// <summary>The client's options; override to change timeouts or retries.</summary>
    protected virtual AiqClientOptions Options(Uri sandbox) => new()
    {
        BaseUrl = sandbox.ToString(), ApiKey = SandboxHost.DemoApiKey, Uid = SandboxHost.DemoUid, MaxRetries = 0
    };

    [OneTimeSetUp]
    public async Task StartSandboxAndClientAsync()
    {
        Sandbox = await SandboxHost.StartAsync();
        Control = new HttpClient { BaseAddress = Sandbox.BaseAddress };
        _services = new ServiceCollection().AddLogging().AddAiqClient().BuildServiceProvider();
        Client = _services.GetRequiredService<IAiqClientFactory>().Create(Options(Sandbox.BaseAddress));
    }

    [OneTimeTearDown]
    public async Task StopSandboxAndClientAsync()
    {
        Control.Dispose();
        await _services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }

    [SetUp]
    public async Task ResetSandboxAsync() => (await Control.PostAsync("_sandbox/reset", null)).EnsureSuccessStatusCode();
}
