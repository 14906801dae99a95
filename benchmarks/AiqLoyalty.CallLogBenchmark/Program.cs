using System.Diagnostics;
using System.Globalization;
using AiqLoyalty.CallLogBenchmark;
using AiqLoyalty.CartBenchmark;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

// The checkout action measured: the fresh wallet read behind "Apply" (and the confirm step's re-check),
// through the real AIQ client against the in-process sandbox on loopback, once with the plugin's call
// log writing its row to PostgreSQL (one insert per call, as in the store) and once without, in pairs
// whose order alternates, so both series see the same machine load.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

string connection = null;
var iterations = 2000;
var warmup = 200;
var aiqLatencyMs = 0;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--connection": connection = args[++i]; break;
        case "--iterations": iterations = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--warmup": warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--aiq-latency-ms": aiqLatencyMs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"Unknown option {args[i]}. Usage: --connection \"Host=…;Database=aiq_calllogbench;…\" [--iterations 2000] [--warmup 200] [--aiq-latency-ms 0]");
            return 2;
    }
}

if (string.IsNullOrWhiteSpace(connection))
{
    Console.Error.WriteLine("Give --connection \"Host=127.0.0.1;Username=postgres;Password=postgres;Database=aiq_calllogbench\" (created when missing).");
    return 2;
}

await CallLogDatabase.PrepareAsync(connection);
var callLog = new AiqCallLog(LinqToDbRepository<AiqCallLogEntry>.Create(CallLogDatabase.Options(connection)));

await using var sandbox = await SandboxHost.StartAsync();
await using var services = new ServiceCollection().AddLogging().AddAiqClient().BuildServiceProvider();
var factory = services.GetRequiredService<IAiqClientFactory>();
var options = new AiqClientOptions
{
    BaseUrl = sandbox.BaseAddress.ToString().TrimEnd('/'),
    ApiKey = SandboxHost.DemoApiKey,
    Uid = SandboxHost.DemoUid
};
var logged = factory.Create(options, callLog.ObserverFor(1));
var unlogged = factory.Create(options, null);
var shopper = ContactIdentity.Phone("3035550101");

if (aiqLatencyMs > 0)
{
    // AIQ over the internet instead of loopback: the sandbox holds every wallet answer this long.
    using var control = new HttpClient { BaseAddress = sandbox.BaseAddress };
    using var fault = await control.PostAsync("_sandbox/faults", new StringContent(
        $"{{\"path\":\"/api/v2/wallet\",\"delayMs\":{aiqLatencyMs},\"times\":{int.MaxValue}}}", System.Text.Encoding.UTF8, "application/json"));
    fault.EnsureSuccessStatusCode();
}

async Task<double> WalletReadAsync(IAiqClient client, int customerId)
{
    // As the checkout service does it: the call serves a customer (the scope the call log records).
    using var scope = AiqCallScope.Begin(customerId: customerId);
    var watch = Stopwatch.StartNew();
    var wallet = await client.GetWalletAsync(shopper);
    var elapsed = watch.Elapsed.TotalMilliseconds;
    if (!wallet.HasValue)
        throw new InvalidOperationException($"The wallet read failed: {wallet.Error}");
    return elapsed;
}

Console.WriteLine($"Checkout action: wallet read (Apply / confirm re-check) against the sandbox on loopback{(aiqLatencyMs > 0 ? $" answering after {aiqLatencyMs} ms" : string.Empty)}; call log -> PostgreSQL ({new Npgsql.NpgsqlConnectionStringBuilder(connection).Database}).");
Console.WriteLine($"Warm-up: {warmup} pairs; measured: {iterations} pairs, order alternating.");
for (var i = 0; i < warmup; i++)
{
    await WalletReadAsync(logged, i);
    await WalletReadAsync(unlogged, i);
}

var on = new List<double>(iterations);
var off = new List<double>(iterations);
for (var i = 0; i < iterations; i++)
{
    if (i % 2 == 0)
    {
        on.Add(await WalletReadAsync(logged, i));
        off.Add(await WalletReadAsync(unlogged, i));
    }
    else
    {
        off.Add(await WalletReadAsync(unlogged, i));
        on.Add(await WalletReadAsync(logged, i));
    }
}

var rows = await CallLogDatabase.CountAsync(connection);
var withLog = LatencySummary.Of(on);
var withoutLog = LatencySummary.Of(off);
Console.WriteLine();
Console.WriteLine($"call log on : {withLog}");
Console.WriteLine($"call log off: {withoutLog}");
Console.WriteLine($"cost of the log: p50 {withLog.P50 - withoutLog.P50:+0.000;-0.000} ms, p95 {withLog.P95 - withoutLog.P95:+0.000;-0.000} ms, mean {withLog.Mean - withoutLog.Mean:+0.000;-0.000} ms");
Console.WriteLine($"rows written: {rows:N0} (expected {warmup + iterations:N0}: one per logged call)");
return rows == warmup + iterations ? 0 : 1;
