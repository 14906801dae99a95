using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AiqLoyalty.CartBenchmark;
using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Sandbox;
using LinqToDB;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchmarkOptions.Parse(args);
var shape = options.Shape;
static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F0} MB";

var database = CartDatabase.For(options.Provider, options.Connection);
Console.WriteLine($"Database: {options.Provider}");
await database.EnsureDatabaseAsync();
var nowUtc = DateTime.UtcNow;
var existing = await database.CountCartRowsAsync();
if (options.Refill || existing != shape.CartRows)
{
    Console.WriteLine($"Filling {shape.CartRows:N0} cart rows over {shape.Customers:N0} customers in {shape.Stores} stores (bulk load)...");
    var fill = await database.CreateAndFillAsync(shape, nowUtc);
    Console.WriteLine($"  filled and indexed in {fill.TotalSeconds:F1} s");
}
else
{
    // The data's times are relative to the fill: reuse it only if it was made today.
    Console.WriteLine($"Reusing {existing:N0} cart rows (use --refill to regenerate; the windows are relative to the fill time).");
}

var dataOptions = NopMapping.Options(options.Provider, options.Connection);
var clock = new FixedTimeProvider(DateTimeOffset.UtcNow);
var settings = new AiqLoyaltySettings
{
    Enabled = true,
    AbandonedCartEnabled = true,
    // Every generated cart is sendable, as before the consent rule: the figures stay comparable.
    AbandonedCartAudienceId = (int)CartAudience.EveryoneWithContact,
    AbandonedCartIdleMinutes = 60,
    AbandonedCartMaxAgeDays = 7,
    SyncLogRetentionDays = 90
};
var stores = Enumerable.Range(1, shape.Stores)
    .Select(id => new Store { Id = id, Name = $"Store {id}", Url = $"http://store{id}.example/" })
    .ToList();

AbandonedCartSources Sources() => new(
    LinqToDbRepository<ShoppingCartItem>.Create(dataOptions).Table,
    LinqToDbRepository<Customer>.Create(dataOptions).Table,
    LinqToDbRepository<Address>.Create(dataOptions).Table,
    LinqToDbRepository<Order>.Create(dataOptions).Table,
    LinqToDbRepository<AiqVerification>.Create(dataOptions).Table,
    LinqToDbRepository<AiqCartSync>.Create(dataOptions).Table);

AbandonedCartQueryParameters Parameters(int storeId, int after) => new()
{
    StoreId = storeId,
    CartsSharedBetweenStores = false,
    NowUtc = clock.GetUtcNow().UtcDateTime,
    IdleThreshold = TimeSpan.FromMinutes(settings.AbandonedCartIdleMinutes),
    MaxAge = TimeSpan.FromDays(settings.AbandonedCartMaxAgeDays),
    StaleSendingAfter = AbandonedCartDefaults.StaleSendingAfter,
    AfterCustomerId = after,
    BatchSize = AbandonedCartDefaults.BatchSize
};

// 1. Which index pays: the plugin's selection query, all batches of every store, nothing sent.
await database.ClearSyncLogAsync();
if (!options.SkipIndexSurvey)
{
    Console.WriteLine();
    Console.WriteLine("Selection only (the plugin's AbandonedCartQuery, batches of " + AbandonedCartDefaults.BatchSize + ", keyset on CustomerId):");
    foreach (var index in CartDatabase.CandidateIndexes.Keys)
    {
        await database.UseIndexAsync(index);
        // Warm-up pass (cold cache after the index change), then the measured pass.
        for (var pass = 0; pass < 2; pass++)
        {
            var perStore = new List<string>();
            var total = 0;
            foreach (var store in stores)
            {
                var watch = Stopwatch.StartNew();
                var after = 0;
                int count, batches = 0, found = 0;
                var slowest = TimeSpan.Zero;
                do
                {
                    var batchWatch = Stopwatch.StartNew();
                    var batch = await AbandonedCartQuery.Candidates(Sources(), Parameters(store.Id, after)).ToListAsync();
                    slowest = batchWatch.Elapsed > slowest ? batchWatch.Elapsed : slowest;
                    count = batch.Count;
                    found += count;
                    batches++;
                    if (count > 0)
                        after = batch[^1].CustomerId;
                } while (count == AbandonedCartDefaults.BatchSize);

                total += found;
                perStore.Add($"store {store.Id}: {watch.Elapsed.TotalSeconds:F2} s ({batches} queries, slowest {slowest.TotalMilliseconds:F0} ms, {found:N0} carts)");
            }

            if (pass == 1)
                Console.WriteLine($"  index {index,-28} {string.Join("; ", perStore)}");
        }
    }
}

// The SQL linq2db makes of the plugin's expression (first batch of store 1), for the README.
await using (var context = new DataContext(dataOptions))
{
    var first = AbandonedCartQuery.Candidates(Sources(), Parameters(1, 0));
    Console.WriteLine();
    Console.WriteLine("SQL of the first batch (store 1):");
    Console.WriteLine(first.ToSqlQuery().Sql);
}

// 2. The sync service itself, as the scheduled task runs it, against the sandbox on loopback.
await database.UseIndexAsync(options.Index);
await database.ClearSyncLogAsync();
await using var sandbox = await SandboxHost.StartAsync();
await using var services = new ServiceCollection().AddLogging().AddAiqClient().BuildServiceProvider();
var client = services.GetRequiredService<IAiqClientFactory>().Create(new AiqClientOptions
{
    BaseUrl = sandbox.BaseAddress.ToString().TrimEnd('/'),
    ApiKey = SandboxHost.DemoApiKey,
    Uid = SandboxHost.DemoUid
});
using var control = new HttpClient { BaseAddress = sandbox.BaseAddress };

// The plugin's own store run, composed as its DI registrar does, over the benchmark's database.
var cartSettings = new ShoppingCartSettings();
var syncRepository = LinqToDbRepository<AiqCartSync>.Create(dataOptions);
var orderRepository = LinqToDbRepository<Order>.Create(dataOptions);
var logger = ConsoleNopLogger.Create();
var service = new AbandonedCartStoreSync(
    new AbandonedCartBatchLoader(new BenchmarkCatalog(), new BenchmarkConsentReader(), new BenchmarkPricing(),
        LinqToDbRepository<Address>.Create(dataOptions), syncRepository,
        LinqToDbRepository<AiqVerification>.Create(dataOptions), LinqToDbRepository<Customer>.Create(dataOptions),
        orderRepository, LinqToDbRepository<ShoppingCartItem>.Create(dataOptions), cartSettings),
    new AbandonedCartSender(syncRepository, new CartSyncRowWriter(syncRepository), clock),
    new AbandonedCartSyncLog(syncRepository, orderRepository, cartSettings, clock),
    logger, clock);

async Task<long> SandboxCartsAsync()
{
    var calls = await control.GetFromJsonAsync<JsonObject>("_sandbox/calls");
    return calls?["POST /api/v2/cart"]?.GetValue<long>() ?? 0;
}

// Where the time of one cart goes: the HTTP send alone, and the two sync-row writes alone (4 in flight, as the service).
{
    var payload = new { cartID = "probe", status = "Abandoned", products = Array.Empty<object>() };
    var probeWatch = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = AbandonedCartDefaults.MaxConcurrentSends },
        async (_, token) => await client.SendAbandonedCartAsync(payload, token));
    var httpRate = 400 / probeWatch.Elapsed.TotalSeconds;
    var repository = LinqToDbRepository<AiqCartSync>.Create(dataOptions);
    probeWatch.Restart();
    await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = AbandonedCartDefaults.MaxConcurrentSends },
        async (i, _) =>
        {
            var row = new AiqCartSync { StoreId = 999, CustomerId = i, CartUpdatedOnUtc = DateTime.UtcNow, CreatedOnUtc = DateTime.UtcNow, UpdatedOnUtc = DateTime.UtcNow };
            await repository.InsertAsync(row, false);
            row.StatusId = 1;
            await repository.UpdateAsync(row, false);
        });
    var writeRate = 400 / probeWatch.Elapsed.TotalSeconds;
    await database.ClearSyncLogAsync();
    Console.WriteLine($"  probe: HTTP sends alone {httpRate:F0}/s; sync-row insert+update alone {writeRate:F0}/s (4 in flight each)");
}

await using var memory = new MemorySampler();
Console.WriteLine();
Console.WriteLine($"Sync runs (index {options.Index}, {AbandonedCartDefaults.MaxConcurrentSends} sends in flight, sandbox on {sandbox.BaseAddress}):");
for (var run = 1; run <= 2; run++)
{
    foreach (var store in stores)
    {
        memory.Reset();
        var before = MemorySampler.Current;
        var watch = Stopwatch.StartNew();
        var result = await service.SyncStoreAsync(store, settings, client, clock.GetUtcNow().UtcDateTime.AddMinutes(30));
        var elapsed = watch.Elapsed;
        var sendTime = elapsed - result.SelectionTime;
        Console.WriteLine($"  run {run} store {store.Id}: selection {result.SelectionTime.TotalSeconds:F2} s in {result.SelectionQueries} queries; " +
                          $"{result.Selected:N0} selected, {result.Sent:N0} sent, {result.Unchanged} unchanged, {result.Skipped} skipped, " +
                          $"{result.Retrying} retrying, {result.Failed} failed, {result.Errors} errors; total {elapsed.TotalSeconds:F1} s" +
                          (result.Sent > 0 ? $", {result.Sent / elapsed.TotalSeconds:F0} carts/s ({result.Sent / sendTime.TotalSeconds:F0}/s outside selection)" : "") +
                          $"; working set {Mb(before)} -> {Mb(MemorySampler.Current)}, peak {Mb(memory.Peak)}" +
                          (result.Stopped ? $"; stopped: {result.StopReason}" : ""));
    }

    Console.WriteLine($"  after run {run}: the sandbox has received {await SandboxCartsAsync():N0} carts");
    // What autovacuum does within a minute of the first run's inserts (the next task run is minutes away).
    await database.AnalyzeSyncLogAsync();
}

using (var process = Process.GetCurrentProcess())
    Console.WriteLine($"Peak working set of the process: {Mb(process.PeakWorkingSet64)}");
