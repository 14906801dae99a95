using Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.WebFarm;

/// <summary>
/// WebFarm tier: two or more instances of one store (one database, Redis as nopCommerce's distributed
/// cache, one data-protection key ring; <c>scripts/web-farm.sh</c> starts them) given by
/// <c>STORE_URLS</c> (comma-separated), with the AIQ sandbox at <c>SANDBOX_URL</c> and the store's
/// database at <c>STORE_DB</c>. Skipped unless <c>STORE_URLS</c> names at least two instances. The
/// browser (checkouts) comes from <see cref="BrowserTestBase"/>, on whichever instance a step names.
/// </summary>
[Category("WebFarm")]
public abstract class WebFarmTestBase : BrowserTestBase
{
    /// <summary>The instances' base URLs, without trailing slashes.</summary>
    protected IReadOnlyList<string> Instances { get; private set; } = [];

    /// <summary>The instance for the <paramref name="index"/>-th shopper, request or step (round robin).</summary>
    protected string Instance(int index) => Instances[index % Instances.Count];

    /// <inheritdoc />
    protected override (string? Store, string? Sandbox, string SkipReason) Targets()
    {
        Instances = (Environment.GetEnvironmentVariable("STORE_URLS") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => url.TrimEnd('/'))
            .ToList();
        return (Instances.Count >= 2 ? Instances[0] : null,
            Environment.GetEnvironmentVariable("SANDBOX_URL"),
            "WebFarm tests need two instances of one store with the plugin (scripts/web-farm.sh) and an AIQ sandbox: " +
            "set STORE_URLS to their comma-separated URLs (at least two) and SANDBOX_URL " +
            "(e.g. STORE_URLS=http://127.0.0.1:5090,http://127.0.0.1:5091 SANDBOX_URL=http://127.0.0.1:5190), and STORE_DB to their database.");
    }
}
