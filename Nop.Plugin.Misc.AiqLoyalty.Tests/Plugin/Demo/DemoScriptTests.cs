using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Demo;

/// <summary>
/// The README's main command, end to end against the published nopCommerce 4.90 the tests compile
/// against: <c>scripts/demo.sh</c> in a temporary state folder (own ports, own PostgreSQL database,
/// PostgreSQL started by the script itself) gives a store whose cart shows the rewards box to a
/// guest; a second run reuses everything; <c>--reset</c> leaves nothing behind. About 5 minutes on
/// two busy cores (two builds, nopCommerce's install wizard and three store starts).
/// </summary>
[TestFixture]
[Category("Demo")]
[NonParallelizable]
public partial class DemoScriptTests
{
    private static readonly TimeSpan FirstRunLimit = TimeSpan.FromMinutes(25);
    private static readonly TimeSpan LaterRunLimit = TimeSpan.FromMinutes(5);

    [Test]
    public async Task OneCommandGivesADemoStoreWhoseCartShowsTheRewardsBox()
    {
        var nopCommerce = NopCommerceAssemblyResolver.StoreFolder?.TrimEnd('/');
        Assume.That(nopCommerce, Is.Not.Null.And.Not.Empty, "the Plugin tier is compiled against a nopCommerce folder");
        var (storePort, sandboxPort) = TwoFreePorts();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var demo = new DemoScript(nopCommerce!, Path.Combine(Path.GetTempPath(), "aiq-demo-test-" + suffix), storePort, sandboxPort, "aiq_demo_test_" + suffix);

        var passed = false;
        try
        {
            var first = await demo.RunAsync(FirstRunLimit);
            Assert.That(first.Succeeded, Is.True, first.ToString());
            Assert.That(first.Output, Does.Contain("[9/9] Check: a guest's cart page shows the rewards box").And.Contain("Demo store ready"), first.ToString());
            TestContext.Out.WriteLine($"first run: {first.Elapsed.TotalSeconds:0} s");

            await AssertGuestCartShowsRewardsBoxAsync(demo.StoreUrl);

            var second = await demo.RunAsync(LaterRunLimit);
            Assert.That(second.Succeeded, Is.True, second.ToString());
            Assert.That(second.Output, Does.Contain("installed earlier").And.Contain("configured earlier").And.Contain("reusing the copy"), second.ToString());
            Assert.That(second.Elapsed, Is.LessThan(first.Elapsed / 2), "the second run reuses what the first one built");
            TestContext.Out.WriteLine($"second run: {second.Elapsed.TotalSeconds:0} s");
            passed = true;
        }
        finally
        {
            var reset = await demo.RunAsync(LaterRunLimit, "--reset");
            var leftovers = CleanUpAfterFailedReset(demo);
            // A failure above stays the test's failure; the clean-up is asserted when all else passed.
            if (passed)
            {
                Assert.Multiple(() =>
                {
                    Assert.That(reset.Succeeded, Is.True, reset.ToString());
                    Assert.That(reset.Output, Does.Contain("dropped database aiq_demo_test_" + suffix), reset.ToString());
                    Assert.That(leftovers, Is.Empty, "--reset left these behind");
                    Assert.That(Answers(storePort) || Answers(sandboxPort), Is.False, "--reset stops the store and the sandbox");
                });
            }
        }
    }

    /// <summary>The test's own look at the store, as a guest's browser would: a product into the cart, then /cart.</summary>
    private static async Task AssertGuestCartShowsRewardsBoxAsync(Uri store)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        using var http = new HttpClient(handler) { BaseAddress = store, Timeout = TimeSpan.FromMinutes(2) };
        // nopCommerce shows no widgets to what it takes for a search engine.
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36");

        var home = await http.GetStringAsync("/");
        var token = TokenRegex().Match(home).Groups["token"].Value;
        var products = ProductRegex().Matches(home).Select(m => m.Groups["id"].Value).Distinct().ToList();
        Assert.That(products, Is.Not.Empty, "the sample data's home page lists products");

        var added = false;
        foreach (var product in products)
        {
            using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", WebUtility.HtmlDecode(token))]);
            using var answer = await http.PostAsync($"/addproducttocart/catalog/{product}/1/1", form);
            if (answer.IsSuccessStatusCode && (await answer.Content.ReadAsStringAsync()).Contains("\"success\":true", StringComparison.Ordinal))
            {
                added = true;
                break;
            }
        }

        Assert.That(added, Is.True, "one of the home page's products goes into the cart: " + string.Join(", ", products));
        var cart = await http.GetStringAsync("/cart");
        var box = BoxRegex().Match(cart);
        Assert.That(box.Success, Is.True, "the cart page carries the rewards box in the cart's discount area");
        Assert.Multiple(() =>
        {
            Assert.That(box.Value, Does.Contain("data-aiq-action=\"SendCode\""), "a guest is asked for a phone or email");
            Assert.That(box.Value, Does.Not.Contain("Plugins.Misc.AiqLoyalty."), "every text is a locale resource that the install added");
        });
    }

    /// <summary>What a failed --reset left: processes it started are ended, the folder deleted; returns what was left.</summary>
    private static List<string> CleanUpAfterFailedReset(DemoScript demo)
    {
        var leftovers = new List<string>();
        if (!Directory.Exists(demo.StateFolder))
            return leftovers;

        leftovers.Add(demo.StateFolder);
        var run = Path.Combine(demo.StateFolder, "run");
        foreach (var pidFile in Directory.Exists(run) ? Directory.GetFiles(run, "*.pid") : [])
        {
            if (!int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
                continue;
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                // Only a process running from the demo's own folder is the demo's.
                var cwd = new DirectoryInfo($"/proc/{pid}/cwd").ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? string.Empty;
                if (cwd.StartsWith(demo.StateFolder, StringComparison.Ordinal))
                {
                    process.Kill(entireProcessTree: true);
                    leftovers.Add($"{Path.GetFileName(pidFile)} process {pid}");
                }
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException)
            {
                // already gone
            }
        }

        Directory.Delete(demo.StateFolder, recursive: true);
        return leftovers;
    }

    private static (int Store, int Sandbox) TwoFreePorts()
    {
        using var first = new TcpListener(IPAddress.Loopback, 0);
        using var second = new TcpListener(IPAddress.Loopback, 0);
        first.Start();
        second.Start();
        return (((IPEndPoint)first.LocalEndpoint).Port, ((IPEndPoint)second.LocalEndpoint).Port);
    }

    private static bool Answers(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*value=""(?<token>[^""]+)""")]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"data-productid=""(?<id>\d+)""")]
    private static partial Regex ProductRegex();

    [GeneratedRegex(@"<div class=""aiq-rewards"" id=""aiq-rewards-order-summary-content-deals"".*?data-aiq-action=""[^""]+""", RegexOptions.Singleline)]
    private static partial Regex BoxRegex();
}
