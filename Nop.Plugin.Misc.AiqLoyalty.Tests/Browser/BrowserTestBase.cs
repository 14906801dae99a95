using Microsoft.Playwright;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// Browser tier: headless Debian Chromium (never a Playwright-downloaded browser) against a running
/// nopCommerce store with the plugin and a running AIQ sandbox, given by <c>STORE_URL</c> and
/// <c>SANDBOX_URL</c>. Without them every test is reported skipped. One browser per fixture, a fresh
/// browser context (a new guest customer with its own cart) per shopper, a PNG screenshot per step
/// under <c>screenshots/&lt;test&gt;/&lt;nn-step&gt;.png</c> in the test work directory.
/// </summary>
[Category("Browser")]
[NonParallelizable]
public abstract class BrowserTestBase
{
    #region Fields

    /// <summary>Debian's Chromium; <c>CHROMIUM_PATH</c> overrides it.</summary>
    private const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"
    ];

    private readonly List<IBrowserContext> _contexts = [];
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private int _step;

    #endregion

    #region Properties

    /// <summary>The store's base URL, without a trailing slash.</summary>
    protected string StoreUrl { get; private set; } = null!;

    /// <summary>The sandbox and its control routes.</summary>
    protected SandboxControl Sandbox { get; private set; } = null!;

    #endregion

    #region Setup

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        var (store, sandbox, skipReason) = Targets();
        if (string.IsNullOrWhiteSpace(store) || string.IsNullOrWhiteSpace(sandbox))
            Assert.Ignore(skipReason);

        // Playwright's 5 s default for expectations is too short for a store on a loaded 2-core machine
        // (a checkout step re-renders through several AJAX calls); a real failure still fails, later.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);

        StoreUrl = store!.TrimEnd('/');
        Sandbox = new SandboxControl(sandbox!.TrimEnd('/'));
        await Sandbox.EnsureAnsweringAsync();

        // The driver ships in the NuGet package; the browser is the system's Chromium, never a download.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } custom ? custom : DefaultChromiumPath;
        if (!File.Exists(chromium))
            Assert.Fail($"Chromium not found at {chromium} (apt-get install chromium, or set CHROMIUM_PATH).");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs
        });
    }

    [OneTimeTearDown]
    public async Task StopBrowserAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        Sandbox?.Dispose();
    }

    [SetUp]
    public void ResetSteps() => _step = 0;

    [TearDown]
    public async Task CloseContextsAsync()
    {
        var failed = TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed;
        foreach (var context in _contexts)
        {
            if (failed)
            {
                foreach (var page in context.Pages)
                {
                    try { await StepAsync(page, "failure"); }
                    catch (PlaywrightException) { /* the page may be gone */ }
                }
            }

            await context.DisposeAsync();
        }
        _contexts.Clear();
    }

    #endregion

    #region Helpers

    /// <summary>
    /// The store and sandbox the tier runs against (<c>STORE_URL</c>, <c>SANDBOX_URL</c>), and why it is
    /// skipped when either is missing; a tier against other targets (the web farm) says its own.
    /// </summary>
    protected virtual (string? Store, string? Sandbox, string SkipReason) Targets() => (
        Environment.GetEnvironmentVariable("STORE_URL"),
        Environment.GetEnvironmentVariable("SANDBOX_URL"),
        "Browser tests need a running store with the plugin and an AIQ sandbox: set STORE_URL and SANDBOX_URL " +
        "(e.g. STORE_URL=http://127.0.0.1:5080 SANDBOX_URL=http://127.0.0.1:5099).");

    /// <summary>A new browser context: a new guest customer with an empty cart, on <paramref name="storeUrl"/> (default: the store).</summary>
    protected async Task<StoreShopper> NewShopperAsync(string label, string? storeUrl = null)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = storeUrl ?? StoreUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US"
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        return new StoreShopper(label, page, StepAsync);
    }

    /// <summary>Saves a full-page screenshot as the test's next step and prints its path.</summary>
    protected async Task StepAsync(IPage page, string step)
    {
        var test = Sanitize(TestContext.CurrentContext.Test.Name);
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", test);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{++_step:00}-{Sanitize(step)}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Out.WriteLine($"screenshot: {path}");
    }

    private static string Sanitize(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'));

    #endregion
}
