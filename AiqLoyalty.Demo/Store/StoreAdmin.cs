using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiqLoyalty.Demo.Cli;
using AiqLoyalty.Demo.Html;

namespace AiqLoyalty.Demo.Store;

/// <summary>
/// What a merchant does in nopCommerce's admin for the demo: log in, install the plugin from
/// Local plugins, restart the application, fill in the plugin's configuration and test the connection.
/// </summary>
public sealed partial class StoreAdmin
{
    private readonly StoreClient _store;

    /// <summary>Creates the admin steps for a store session.</summary>
    public StoreAdmin(StoreClient store)
    {
        _store = store;
    }

    /// <summary>Logs in; a refused login is a step error.</summary>
    public async Task LogInAsync(string email, string password, CancellationToken ct)
    {
        const string path = "/login";
        var form = await _store.GetAsync(path, ct);
        if (form.Status != HttpStatusCode.OK)
            throw new DemoStepException($"GET {path} answered HTTP {(int)form.Status}");

        var answer = await _store.PostAsync(path,
        [
            new(DemoDefaults.AntiforgeryField, StoreClient.TokenOf(form, path)),
            new("Email", email),
            new("Password", password),
            new("RememberMe", "false")
        ], ct);
        // nopCommerce redirects after a successful login and shows the form again otherwise.
        if (!answer.IsRedirect)
        {
            var why = HtmlText.ValidationErrors(answer.Body) is { Count: > 0 } errors ? string.Join(" | ", errors) : $"HTTP {(int)answer.Status}";
            throw new DemoStepException($"the store refused the admin login {email}: {why}");
        }
    }

    /// <summary>
    /// Clicks Install for <paramref name="systemName"/> in Admin > Configuration > Local plugins.
    /// nopCommerce queues the install; it runs when the application starts again.
    /// </summary>
    public async Task InstallPluginAsync(string systemName, CancellationToken ct)
    {
        const string path = "/Admin/Plugin/List";
        var list = await _store.GetAsync(path, ct);
        if (list.Status != HttpStatusCode.OK)
            throw new DemoStepException($"GET {path} answered HTTP {(int)list.Status} (is the admin logged in?)");

        // The grid's Install button is a submit button named install-plugin-link-<SystemName>.
        var answer = await _store.PostAsync(path,
        [
            new(DemoDefaults.AntiforgeryField, StoreClient.TokenOf(list, path)),
            new("install-plugin-link-" + systemName, string.Empty)
        ], ct);
        if (!answer.IsRedirect)
            throw new DemoStepException($"POST {path} (install {systemName}) answered HTTP {(int)answer.Status}");
    }

    /// <summary>The admin's "Restart application".</summary>
    public Task RestartAsync(CancellationToken ct) => _store.RequestRestartAsync("/Admin/Common/RestartApplication", ct);

    /// <summary>
    /// Saves the plugin's configuration page with the sandbox's address, key and UID, the brand and
    /// the plugin switched on; every other field keeps the value the page shows.
    /// </summary>
    public async Task ConfigureAsync(Uri sandboxUrl, string apiKey, string uid, string brand, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sandboxUrl);
        var page = await _store.GetAsync(DemoDefaults.ConfigurePath, ct);
        if (page.Status != HttpStatusCode.OK)
            throw new DemoStepException($"GET {DemoDefaults.ConfigurePath} answered HTTP {(int)page.Status}: is the plugin installed?");
        var form = HtmlForm.Find(page.Body, DemoDefaults.ConfigurationFormId)
            ?? throw new DemoStepException($"{DemoDefaults.ConfigurePath} has no form #{DemoDefaults.ConfigurationFormId}");

        form.Set("BaseUrl", SandboxAddress(sandboxUrl));
        form.Set("ApiKey", apiKey);
        form.Set("Uid", uid);
        form.Set("BrandName", brand);
        form.Set("Enabled", "true");

        var answer = await _store.PostAsync(form.Action ?? DemoDefaults.ConfigurePath, form.Fields, ct);
        if (!answer.IsRedirect)
        {
            var why = HtmlText.ValidationErrors(answer.Body) is { Count: > 0 } errors ? string.Join(" | ", errors) : $"HTTP {(int)answer.Status}";
            throw new DemoStepException($"the configuration page refused the settings: {why}");
        }
    }

    /// <summary>
    /// Presses "Test connection" with the saved key (an empty key box means "the saved one") and
    /// returns the plugin's answer; a failed test is a step error carrying that answer.
    /// </summary>
    public async Task<string> TestConnectionAsync(Uri sandboxUrl, string uid, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sandboxUrl);
        var page = await _store.GetAsync(DemoDefaults.ConfigurePath, ct);
        if (page.Status != HttpStatusCode.OK)
            throw new DemoStepException($"GET {DemoDefaults.ConfigurePath} answered HTTP {(int)page.Status}");
        var form = HtmlForm.Find(page.Body, DemoDefaults.ConfigurationFormId)
            ?? throw new DemoStepException($"{DemoDefaults.ConfigurePath} has no form #{DemoDefaults.ConfigurationFormId}");
        if (form.Get("BaseUrl") != SandboxAddress(sandboxUrl) || form.Get("Uid") != uid)
            throw new DemoStepException($"the configuration page shows base URL '{form.Get("BaseUrl")}' and UID '{form.Get("Uid")}' after saving");

        var testPath = TestConnectionRegex().Match(page.Body) is { Success: true } url ? url.Groups["url"].Value : DemoDefaults.TestConnectionPath;
        var answer = await _store.PostAsync(testPath,
        [
            new(DemoDefaults.AntiforgeryField, StoreClient.TokenOf(page, DemoDefaults.ConfigurePath)),
            new("ApiKey", string.Empty),
            new("Uid", uid),
            new("BaseUrl", SandboxAddress(sandboxUrl))
        ], ct);
        if (answer.Status != HttpStatusCode.OK)
            throw new DemoStepException($"POST {testPath} answered HTTP {(int)answer.Status}");

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(answer.Body);
        }
        catch (JsonException ex)
        {
            throw new DemoStepException($"POST {testPath} answered something other than the plugin's JSON (is the admin logged in?)", ex);
        }

        using (json)
        {
            var root = json.RootElement;
            var message = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var text) ? text.GetString() ?? string.Empty : string.Empty;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("success", out var success) || success.ValueKind != JsonValueKind.True)
                throw new DemoStepException($"Test connection failed: {message}");
            return message;
        }
    }

    private static string SandboxAddress(Uri sandboxUrl) => sandboxUrl.GetLeftPart(UriPartial.Authority);

    [GeneratedRegex(@"url:\s*'(?<url>[^']*TestConnection)'")]
    private static partial Regex TestConnectionRegex();
}
