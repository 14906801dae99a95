using System.Globalization;
using System.Text.Json;
using AiqLoyalty.Demo.Cli;
using AiqLoyalty.Demo.Database;
using AiqLoyalty.Demo.Shoppers;
using AiqLoyalty.Demo.Store;
using AiqLoyalty.Sandbox;
using AiqLoyalty.Sandbox.Data;

namespace AiqLoyalty.Demo;

/// <summary>
/// The steps of <c>scripts/demo.sh</c> that talk to nopCommerce or the database. Each command does one
/// thing, prints what it did on stdout, and exits 0; a failure prints its reason on stderr and exits 1
/// (2 for a wrong command line). The database connection string comes from the environment variable
/// <see cref="DemoDefaults.ConnectionVariable"/>, never from the command line.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: AiqLoyalty.Demo <command> [--option value]...
          check-store     --dir DIR                     is DIR a published nopCommerce 4.90 store?
          plugin-state    --dir DIR                     installed | queued | not-installed (App_Data/plugins.json)
          wait            --url URL --pid PID [--timeout SECONDS]   until the store (or sandbox) answers
          install-store   --url URL [--db-provider P]   nopCommerce's install wizard, sample data, then restart
          install-plugin  --url URL                     admin login, Local plugins > Install (queued until restart)
          restart         --url URL                     admin login, Restart application
          configure       --url URL --sandbox URL [--brand NAME]    plugin settings + Test connection
          check-cart      --url URL                     a guest's cart page shows the rewards box
          db-info | db-tables | db-drop [--db-provider P]            the demo database
          summary         --url URL --sandbox URL --sandbox-log FILE [--brand NAME]
        Database connection string: environment variable AIQ_DEMO_CONNECTION.
        """;

    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            var line = CommandLine.Parse(args);
            await RunAsync(line, cancel.Token);
            return 0;
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}\n{Usage}");
            return 2;
        }
        catch (DemoStepException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync(cancel.IsCancellationRequested ? "cancelled" : "the store did not answer in time");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidDataException or JsonException)
        {
            await Console.Error.WriteLineAsync($"{ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }

    private static async Task RunAsync(CommandLine line, CancellationToken ct)
    {
        switch (line.Command)
        {
            case "check-store":
                var version = StoreFolder.CheckPublishedStore(line.Required("dir"));
                Console.WriteLine($"nopCommerce {version}");
                break;
            case "plugin-state":
                var state = await StoreFolder.ReadPluginStateAsync(line.Required("dir"), DemoDefaults.PluginSystemName, ct);
                Console.WriteLine(state switch
                {
                    PluginState.Installed => "installed",
                    PluginState.Queued => "queued",
                    _ => "not-installed"
                });
                break;
            case "wait":
                await WaitAsync(line, ct);
                break;
            case "install-store":
                await InstallStoreAsync(line, ct);
                break;
            case "install-plugin":
                await AsAdminAsync(line, async (admin, token) =>
                {
                    await admin.InstallPluginAsync(DemoDefaults.PluginSystemName, token);
                    Console.WriteLine($"{DemoDefaults.PluginSystemName}: Install clicked in Local plugins (runs at the restart)");
                    await admin.RestartAsync(token);
                    Console.WriteLine("Restart application requested: the store stops, the demo starts it again");
                }, TimeSpan.FromMinutes(5), ct);
                break;
            case "restart":
                await AsAdminAsync(line, async (admin, token) =>
                {
                    await admin.RestartAsync(token);
                    Console.WriteLine("Restart application requested");
                }, TimeSpan.FromMinutes(5), ct);
                break;
            case "configure":
                await ConfigureAsync(line, ct);
                break;
            case "check-cart":
                await CheckCartAsync(line, ct);
                break;
            case "db-info":
                var info = ConnectionDatabase(line);
                Console.WriteLine($"{DemoDatabase.NameOf(info.Provider)} {info.Name}");
                break;
            case "db-tables":
                var tables = await ConnectionDatabase(line).CountTablesAsync(ct);
                Console.WriteLine(tables?.ToString(CultureInfo.InvariantCulture) ?? "missing");
                break;
            case "db-drop":
                var database = ConnectionDatabase(line);
                Console.WriteLine(await database.DropAsync(ct) ? $"dropped database {database.Name}" : $"database {database.Name} did not exist");
                break;
            case "summary":
                await SummaryAsync(line, ct);
                break;
            default:
                throw new UsageException($"unknown command '{line.Command}'");
        }
    }

    private static async Task WaitAsync(CommandLine line, CancellationToken ct)
    {
        var pid = line.OptionalNumber("pid", 0);
        if (pid == 0)
            throw new UsageException("--pid is required for wait");
        using var store = new StoreClient(line.RequiredUrl("url"));
        var status = await store.WaitUntilAnswersAsync(() => ProcessProbe.IsAlive(pid), TimeSpan.FromSeconds(line.OptionalNumber("timeout", 300)), ct);
        Console.WriteLine($"{store.BaseUrl} answers (HTTP {(int)status})");
    }

    private static async Task InstallStoreAsync(CommandLine line, CancellationToken ct)
    {
        var database = ConnectionDatabase(line);
        using var store = new StoreClient(line.RequiredUrl("url"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(30));
        Console.WriteLine($"install wizard: {DemoDatabase.NameOf(database.Provider)} database {database.Name}, sample data, admin {DemoDefaults.AdminEmail}");
        await new InstallWizard(store).InstallAsync(database, DemoDefaults.AdminEmail, DemoDefaults.AdminPassword, timeout.Token);
        Console.WriteLine("installed; restart requested (the store stops, the demo starts it again)");
    }

    private static async Task ConfigureAsync(CommandLine line, CancellationToken ct)
    {
        var sandbox = line.RequiredUrl("sandbox");
        var brand = line.Optional("brand", DemoDefaults.BrandName);
        await AsAdminAsync(line, async (admin, token) =>
        {
            await admin.ConfigureAsync(sandbox, SandboxDefaults.DemoApiKey, SandboxDefaults.DemoUid, brand, token);
            Console.WriteLine($"saved: enabled, base URL {sandbox.GetLeftPart(UriPartial.Authority)}, API key {SandboxDefaults.DemoApiKey}, UID {SandboxDefaults.DemoUid}, brand \"{brand}\"");
            var answer = await admin.TestConnectionAsync(sandbox, SandboxDefaults.DemoUid, token);
            Console.WriteLine($"Test connection: {answer}");
        }, TimeSpan.FromMinutes(5), ct);
    }

    private static async Task CheckCartAsync(CommandLine line, CancellationToken ct)
    {
        using var store = new StoreClient(line.RequiredUrl("url"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        var probe = new CartProbe(store);
        var productId = await probe.AddAnyProductToCartAsync(timeout.Token);
        var (shown, page) = await probe.CartShowsRewardsBoxAsync(timeout.Token);
        if (!shown)
            throw new DemoStepException($"product {productId} is in a guest's cart, but /cart (HTTP {(int)page.Status}) shows no rewards box #{DemoDefaults.CartRewardsBoxId}: is the plugin enabled, and its widget active?");
        Console.WriteLine($"a guest added product {productId} to the cart; /cart shows the rewards box");
    }

    private static async Task SummaryAsync(CommandLine line, CancellationToken ct)
    {
        var store = line.RequiredUrl("url").GetLeftPart(UriPartial.Authority);
        var sandbox = line.RequiredUrl("sandbox").GetLeftPart(UriPartial.Authority);
        var sandboxLog = line.Required("sandbox-log");
        var brand = line.Optional("brand", DemoDefaults.BrandName);
        var shoppers = DemoShopperPicker.Pick(await SeedLoader.LoadDemoAsync(ct));

        Console.WriteLine($"""
              Store     {store}/   (cart: {store}/cart)
              Admin     {store}/admin   {DemoDefaults.AdminEmail} / {DemoDefaults.AdminPassword}
              Plugin    Admin > AIQ loyalty > Configuration: AIQ sandbox {sandbox}, key {SandboxDefaults.DemoApiKey}, UID {SandboxDefaults.DemoUid}, brand "{brand}"

            Try it: put a product in the cart, open the cart; the rewards box sits under the discount code box.
            Type one of these phones (from the sandbox's demo data):
            """);
        foreach (var shopper in new[] { shoppers.Member, shoppers.HiddenPoints, shoppers.NewShopper }.OfType<DemoShopper>())
            Console.WriteLine($"  {shopper.Phone}  {shopper.Description}");
        Console.WriteLine($"""
            The PIN codes the sandbox "texts" appear in its log:
              grep 'SMS to' {sandboxLog} | tail -n 1
              or {sandbox}/_sandbox/codes/latest?phone={shoppers.Member.Phone}
            """);
    }

    private static async Task AsAdminAsync(CommandLine line, Func<StoreAdmin, CancellationToken, Task> steps, TimeSpan limit, CancellationToken ct)
    {
        using var store = new StoreClient(line.RequiredUrl("url"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        var admin = new StoreAdmin(store);
        await admin.LogInAsync(DemoDefaults.AdminEmail, DemoDefaults.AdminPassword, timeout.Token);
        await steps(admin, timeout.Token);
    }

    private static DemoDatabase ConnectionDatabase(CommandLine line)
    {
        var connection = Environment.GetEnvironmentVariable(DemoDefaults.ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connection))
            throw new UsageException($"set {DemoDefaults.ConnectionVariable} to the demo database's connection string");
        return DemoDatabase.From(connection, line.Optional("db-provider", string.Empty));
    }
}
