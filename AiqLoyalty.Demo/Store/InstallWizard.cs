using System.Net;
using AiqLoyalty.Demo.Cli;
using AiqLoyalty.Demo.Database;
using AiqLoyalty.Demo.Html;

namespace AiqLoyalty.Demo.Store;

/// <summary>
/// nopCommerce's own install wizard (<c>/install</c>), filled in as a merchant would: the demo
/// database as a raw connection string, sample data on, no newsletter, no language pack download.
/// </summary>
public sealed class InstallWizard
{
    private readonly StoreClient _store;

    /// <summary>Creates the wizard step for a store session.</summary>
    public InstallWizard(StoreClient store)
    {
        _store = store;
    }

    /// <summary>
    /// Runs the wizard. When it succeeds nopCommerce has created the schema and sample data and
    /// wants a restart: the restart request is sent, after which the store process exits by itself.
    /// </summary>
    public async Task InstallAsync(DemoDatabase database, string adminEmail, string adminPassword, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        const string path = "/install";
        var form = await _store.GetAsync(path, ct);
        if (form.IsRedirect)
            throw new DemoStepException("the store is already installed (/install redirects): its App_Data/appsettings.json names a database");
        if (form.Status != HttpStatusCode.OK)
            throw new DemoStepException($"GET {path} answered HTTP {(int)form.Status}");

        // nopCommerce's DataProviderType: SqlServer 1, MySql 2, PostgreSQL 3.
        var fields = new Dictionary<string, string>
        {
            [DemoDefaults.AntiforgeryField] = StoreClient.TokenOf(form, path),
            ["AdminEmail"] = adminEmail,
            ["AdminPassword"] = adminPassword,
            ["ConfirmPassword"] = adminPassword,
            ["DataProvider"] = database.Provider == DatabaseProvider.MySql ? "2" : "3",
            ["ConnectionStringRaw"] = "true",
            ["ConnectionString"] = database.ConnectionString,
            ["CreateDatabaseIfNotExists"] = "true",
            ["InstallSampleData"] = "true",
            ["SubscribeNewsletters"] = "false",
            ["UseCustomCollation"] = "false",
            ["IntegratedSecurity"] = "false",
            ["Collation"] = string.Empty,
            ["CharacterSet"] = string.Empty,
            ["Country"] = string.Empty,
            ["language"] = string.Empty
        };

        var answer = await _store.PostAsync(path, fields, ct);
        // The wizard shows its form again with a validation summary when anything failed.
        if (HtmlText.ValidationErrors(answer.Body) is { Count: > 0 } errors)
            throw new DemoStepException("the install wizard refused: " + string.Join(" | ", errors));
        if (answer.Status != HttpStatusCode.OK && !answer.IsRedirect)
            throw new DemoStepException($"POST {path} answered HTTP {(int)answer.Status}");

        // What the wizard's page does next in a browser: ask the application to restart.
        await _store.RequestRestartAsync("/install/restartapplication", ct);
    }
}
