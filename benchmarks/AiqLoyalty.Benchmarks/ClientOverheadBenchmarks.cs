using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Wire;
using AiqLoyalty.Sandbox;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;

namespace AiqLoyalty.Benchmarks;

/// <summary>
/// The AIQ client (built the production way: <c>AddLogging().AddAiqClient()</c>, one client from
/// <see cref="IAiqClientFactory"/>) against a raw <see cref="HttpClient"/> over one
/// <see cref="SocketsHttpHandler"/> doing the same POST, both to the in-process sandbox on loopback.
/// The raw call is each category's baseline, so the Ratio column and the report show the client's overhead.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ClientOverheadBenchmarks
{
    private const string Phone = "3035550101";
    private const string ContactJson = "{\"phone\":\"" + Phone + "\"}";
    private const string WalletPath = "api/v2/wallet";
    private const string SendCodePath = "api/v2/verify/contact/wallet";

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);
    private static readonly ContactIdentity Contact = ContactIdentity.Phone(Phone);
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = Encoding.UTF8.WebName };

    private SandboxHost? _sandbox;
    private ServiceProvider? _services;
    private IAiqClient? _client;
    private HttpClient? _raw;

    /// <summary>Starts the sandbox, creates both clients once and checks each call succeeds.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _sandbox = await SandboxHost.StartAsync(seed: null, timeProvider: null, codeOutput: TextWriter.Null);

        _services = new ServiceCollection().AddLogging().AddAiqClient().BuildServiceProvider();
        _client = _services.GetRequiredService<IAiqClientFactory>().Create(new AiqClientOptions
        {
            BaseUrl = _sandbox.BaseAddress.ToString(),
            ApiKey = SandboxHost.DemoApiKey,
            Uid = SandboxHost.DemoUid,
        });

        _raw = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        })
        {
            BaseAddress = _sandbox.BaseAddress,
        };
        _raw.DefaultRequestHeaders.TryAddWithoutValidation(AiqClientDefaults.ApiKeyHeader, SandboxHost.DemoApiKey);

        // Benchmark successes only: a 403 or 404 would be fast and meaningless.
        var wallet = await _client.GetWalletAsync(Contact);
        if (!wallet.HasValue)
            throw new InvalidOperationException($"Client wallet read failed: {wallet.Error?.Kind} {wallet.Error?.Message}");

        var sent = await _client.SendVerificationCodeAsync(Contact);
        if (!sent.IsSuccess)
            throw new InvalidOperationException($"Client PIN send failed: {sent.Error.Kind} {sent.Error.Message}");

        foreach (var body in new[] { await Raw_WalletRead(), await Raw_PinSend() })
        {
            if (!body.Contains("\"success\":true", StringComparison.Ordinal))
                throw new InvalidOperationException($"Raw call did not succeed: {body}");
        }

        // The sandbox shares this process: warm its endpoints, both client paths, tiered JIT and the thread
        // pool before whichever benchmark runs first, so it does not pay for what the later ones get free.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUpTime)
        {
            await _client.GetWalletAsync(Contact);
            await _client.SendVerificationCodeAsync(Contact);
            await Raw_WalletRead();
            await Raw_PinSend();
        }
    }

    /// <summary>Stops the sandbox and disposes both clients.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw?.Dispose();
        if (_services is not null)
            await _services.DisposeAsync();
        if (_sandbox is not null)
            await _sandbox.DisposeAsync();
    }

    /// <summary>Raw wallet read: POST /api/v2/wallet, body read as a string.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(BenchmarkCategories.WalletRead)]
    public Task<string> Raw_WalletRead() => PostRawAsync(WalletPath);

    /// <summary>Client wallet read: <see cref="IAiqClient.GetWalletAsync"/> (typed wallet, resilience pipeline).</summary>
    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.WalletRead)]
    public Task<AiqResult<Wallet>> Client_WalletRead() => _client!.GetWalletAsync(Contact);

    /// <summary>Raw PIN send: POST /api/v2/verify/contact/wallet, body read as a string.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(BenchmarkCategories.PinSend)]
    public Task<string> Raw_PinSend() => PostRawAsync(SendCodePath);

    /// <summary>Client PIN send: <see cref="IAiqClient.SendVerificationCodeAsync"/>.</summary>
    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.PinSend)]
    public Task<AiqResult> Client_PinSend() => _client!.SendVerificationCodeAsync(Contact);

    private async Task<string> PostRawAsync(string path)
    {
        using var content = new StringContent(ContactJson, JsonMediaType);
        using var response = await _raw!.PostAsync(path, content);
        return await response.Content.ReadAsStringAsync();
    }
}
