namespace AiqLoyalty.Demo;

/// <summary>The names and values the demo relies on, in one place.</summary>
public static class DemoDefaults
{
    /// <summary>The plugin's system name (plugin.json).</summary>
    public const string PluginSystemName = "Misc.AiqLoyalty";

    /// <summary>The demo store's administrator (the install wizard creates it).</summary>
    public const string AdminEmail = "admin@yourstore.com";

    /// <summary>The administrator's password: a demo on loopback, printed in the summary.</summary>
    public const string AdminPassword = "Admin123!";

    /// <summary>
    /// The brand shoppers see in the consent text unless the demo is given another (the browser
    /// tests expect this one, so they can run against the demo store).
    /// </summary>
    public const string BrandName = "Green Leaf";

    /// <summary>The plugin's configuration page (its route).</summary>
    public const string ConfigurePath = "/Admin/AiqLoyalty/Configure";

    /// <summary>The id of the configuration page's form.</summary>
    public const string ConfigurationFormId = "aiq-configuration-form";

    /// <summary>The configuration page's "Test connection" action, used when the page names none.</summary>
    public const string TestConnectionPath = "/Admin/AiqLoyaltyAdmin/TestConnection";

    /// <summary>The element id of the rewards box in the cart's discount area.</summary>
    public const string CartRewardsBoxId = "aiq-rewards-order-summary-content-deals";

    /// <summary>
    /// A browser's user agent: nopCommerce treats unknown agents as search engines, and the rewards
    /// box is never shown to those.
    /// </summary>
    public const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";

    /// <summary>Environment variable holding the demo database's connection string (kept off the command line).</summary>
    public const string ConnectionVariable = "AIQ_DEMO_CONNECTION";

    /// <summary>nopCommerce's antiforgery form field.</summary>
    public const string AntiforgeryField = "__RequestVerificationToken";
}
