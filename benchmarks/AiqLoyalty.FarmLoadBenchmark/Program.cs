using System.Diagnostics;
using System.Globalization;
using AiqLoyalty.FarmLoadBenchmark;

// Load on a web farm (see README.md): N registered shoppers, two per AIQ member, every request of each
// going to the instances in turn, loop open wallet -> apply the member's single-use reward -> remove it
// for the given time. Then the database is checked: every shopper told its Apply worked (and not yet
// removed) holds exactly one live claim, nobody else holds one, and no member has two.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

var invariant = CultureInfo.InvariantCulture;
var clock = Stopwatch.StartNew();
void Log(string line) => Console.WriteLine(string.Create(invariant, $"[{clock.Elapsed.TotalSeconds,6:0.0}s] {line}"));

var counters = new LoadCounters();
var database = new FarmDatabase(options.Connection);
using var sandbox = new SandboxMembers(options.Sandbox);
Log($"{options.Shoppers} shoppers over {string.Join(", ", options.Stores)}; {options.Duration.TotalSeconds:0} s of open wallet -> apply {options.TemplateId} -> remove");

var members = new List<(string Phone, string ContactId)>();
for (var i = 0; i < options.Shoppers / 2; i++)
    members.Add(await sandbox.CreateAsync());

var run = Guid.NewGuid().ToString("N")[..8];
var shoppers = Enumerable.Range(0, options.Shoppers)
    .Select(i => new LoadShopper(options.Stores, i, $"load-{run}-{i:000}@example.com", counters))
    .ToList();
try
{
    // Set-up at a pace the store takes (registration hashes passwords): ten at a time.
    using (var pace = new SemaphoreSlim(10))
    {
        await Task.WhenAll(shoppers.Select(async s =>
        {
            await pace.WaitAsync();
            try
            {
                await s.RegisterAsync();
            }
            finally
            {
                pace.Release();
            }
        }));
        var ids = await database.CustomerIdsAsync(shoppers.Select(s => s.Email));
        for (var i = 0; i < shoppers.Count; i++)
        {
            shoppers[i].CustomerId = ids[shoppers[i].Email];
            var member = members[i / 2];
            await database.VerifyAsync(shoppers[i].CustomerId, member.Phone, member.ContactId);
        }

        await Task.WhenAll(shoppers.Select(async s =>
        {
            await pace.WaitAsync();
            try
            {
                await s.AddProductAndReadBoxAsync();
            }
            finally
            {
                pace.Release();
            }
        }));
    }

    var setupRequests = counters.Requests;
    var setupErrors = counters.ServerErrors;
    Log($"set-up done: {members.Count} members, {shoppers.Count} registered shoppers verified as them, each with the product in the cart ({setupRequests} requests, {setupErrors} HTTP 5xx)");

    using var stop = new CancellationTokenSource(options.Duration);
    var loops = 0L;
    var loopWatch = Stopwatch.StartNew();
    await Task.WhenAll(shoppers.Select(async s =>
    {
        while (!stop.IsCancellationRequested)
        {
            var open = await s.BoxAsync("Refresh");
            counters.Reply("Refresh", open.Message);
            var apply = await s.BoxAsync("Apply", new() { ["templateId"] = options.TemplateId });
            counters.Reply("Apply", apply.Message);
            counters.ApplyMilliseconds.Add(apply.Elapsed.TotalMilliseconds);
            if (apply.Ok)
            {
                s.Holds = true;
                var claimId = await s.AppliedClaimIdAsync();
                if (claimId is not null)
                {
                    var remove = await s.BoxAsync("Remove", new() { ["claimId"] = claimId.Value.ToString(invariant) });
                    counters.Reply("Remove", remove.Message);
                    if (remove.Ok)
                        s.Holds = false;
                }
                else
                {
                    counters.Reply("Remove", "(no Remove button after a successful Apply)");
                }
            }

            Interlocked.Increment(ref loops);
        }
    }));
    loopWatch.Stop();

    var live = await database.LiveClaimsPerCustomerAsync(shoppers.Select(s => s.CustomerId), options.TemplateId);
    var lost = shoppers.Count(s => s.Holds && live.GetValueOrDefault(s.CustomerId) == 0);
    var stray = shoppers.Count(s => !s.Holds && live.GetValueOrDefault(s.CustomerId) > 0);
    var doubled = shoppers.Count(s => live.GetValueOrDefault(s.CustomerId) > 1);
    var duplicateMembers = await database.ContactsWithDuplicateLiveClaimsAsync(members.Select(m => m.ContactId), options.TemplateId);
    var stranded = await database.StrandedLocksAsync(shoppers.Select(s => s.CustomerId));
    var loadRequests = counters.Requests - setupRequests;
    var loadErrors = counters.ServerErrors - setupErrors;

    Console.WriteLine();
    foreach (var reply in counters.Replies.OrderBy(r => r.Key, StringComparer.Ordinal))
        Console.WriteLine(string.Create(invariant, $"  {reply.Value,7} x {reply.Key}"));
    Console.WriteLine();
    Console.WriteLine(string.Create(invariant, $"loop: {loadRequests} requests in {loopWatch.Elapsed.TotalSeconds:0.0} s ({loadRequests / loopWatch.Elapsed.TotalSeconds:0.0}/s), {loops} loops, HTTP 5xx: {loadErrors}"));
    Console.WriteLine(string.Create(invariant, $"Apply: {counters.ApplyMilliseconds.Count} calls, p50 {counters.ApplyPercentile(50):0} ms, p95 {counters.ApplyPercentile(95):0} ms"));
    Console.WriteLine(string.Create(invariant, $"claims: {shoppers.Count(s => s.Holds)} shoppers believe they hold the reward at the end; " +
        $"lost {lost} (told applied, not removed, no live claim), stray {stray} (live claim nobody was told of), doubled {doubled}, " +
        $"members with two live claims {duplicateMembers}, stranded locks {stranded} (a released claim still holding its member's reward)"));
    return loadErrors == 0 && lost == 0 && stray == 0 && doubled == 0 && duplicateMembers == 0 && stranded == 0 ? 0 : 1;
}
finally
{
    foreach (var shopper in shoppers)
        shopper.Dispose();
}
