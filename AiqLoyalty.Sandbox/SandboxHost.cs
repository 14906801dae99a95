using AiqLoyalty.Sandbox.Data;
using AiqLoyalty.Sandbox.Models;
using AiqLoyalty.Sandbox.State;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace AiqLoyalty.Sandbox;

/// <summary>The sandbox running in-process on a free loopback port, for tests.</summary>
public sealed class SandboxHost : IAsyncDisposable
{
    /// <summary>The demo data set's API key (same as <see cref="SandboxDefaults.DemoApiKey"/>).</summary>
    public const string DemoApiKey = SandboxDefaults.DemoApiKey;

    /// <summary>The demo account UID (same as <see cref="SandboxDefaults.DemoUid"/>).</summary>
    public const string DemoUid = SandboxDefaults.DemoUid;

    private readonly WebApplication _app;

    private SandboxHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        State = app.Services.GetRequiredService<SandboxState>();
    }

    /// <summary>Where the sandbox listens, with the real port, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The sandbox's state, for asserts and direct resets.</summary>
    public SandboxState State { get; }

    /// <summary>Starts a sandbox on the system clock.</summary>
    /// <param name="seed">The data set; the embedded demo set if null.</param>
    /// <param name="ct">Cancels the start.</param>
    public static Task<SandboxHost> StartAsync(SandboxSeed? seed = null, CancellationToken ct = default) =>
        StartAsync(seed, null, ct);

    /// <summary>Starts a sandbox with an injectable clock (e.g. a FakeTimeProvider for code expiry).</summary>
    /// <param name="seed">The data set; the embedded demo set if null.</param>
    /// <param name="timeProvider">The clock; the system clock if null.</param>
    /// <param name="ct">Cancels the start.</param>
    public static async Task<SandboxHost> StartAsync(SandboxSeed? seed, TimeProvider? timeProvider, CancellationToken ct = default) =>
        await StartAsync(seed, timeProvider, codeOutput: null, ct);

    /// <summary>Starts a sandbox with an injectable clock and where "texted" codes are printed (TextWriter.Null silences them, e.g. in benchmarks).</summary>
    /// <param name="seed">The data set; the embedded demo set if null.</param>
    /// <param name="timeProvider">The clock; the system clock if null.</param>
    /// <param name="codeOutput">Where codes are printed; the console if null.</param>
    /// <param name="ct">Cancels the start.</param>
    public static async Task<SandboxHost> StartAsync(SandboxSeed? seed, TimeProvider? timeProvider, TextWriter? codeOutput, CancellationToken ct = default)
    {
        seed ??= await SeedLoader.LoadDemoAsync(ct);
        var app = SandboxApp.Build(new SandboxOptions
        {
            Seed = seed,
            Urls = ["http://127.0.0.1:0"],
            TimeProvider = timeProvider ?? TimeProvider.System,
            CodeOutput = codeOutput ?? Console.Out,
            MinimumLogLevel = LogLevel.Warning,
        });
        try
        {
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
                .Addresses.First();
            return new SandboxHost(app, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
