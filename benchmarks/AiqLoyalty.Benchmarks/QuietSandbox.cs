using AiqLoyalty.Sandbox;
using AiqLoyalty.Sandbox.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiqLoyalty.Benchmarks;

/// <summary>
/// The AIQ sandbox in-process on a free loopback port, built like <see cref="SandboxHost"/> (same
/// <see cref="SandboxApp.Build"/>, demo seed, Warning logs) but with the "texted" codes written to
/// <see cref="TextWriter.Null"/>: <see cref="SandboxHost.StartAsync(AiqLoyalty.Sandbox.Models.SandboxSeed?, TimeProvider?, CancellationToken)"/>
/// always prints them, which would flood the benchmark output and time console writes.
/// </summary>
public sealed class QuietSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;

    private QuietSandbox(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the sandbox listens, with the real port, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the sandbox with the embedded demo data set.</summary>
    /// <param name="ct">Cancels the start.</param>
    public static async Task<QuietSandbox> StartAsync(CancellationToken ct = default)
    {
        var seed = await SeedLoader.LoadDemoAsync(ct);
        var app = SandboxApp.Build(new SandboxOptions
        {
            Seed = seed,
            Urls = ["http://127.0.0.1:0"],
            CodeOutput = TextWriter.Null,
            MinimumLogLevel = LogLevel.Warning,
        });
        try
        {
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
                .Addresses.First();
            return new QuietSandbox(app, new Uri(address.TrimEnd('/') + "/"));
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
