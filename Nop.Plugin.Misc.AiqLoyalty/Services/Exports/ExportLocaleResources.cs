namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>The texts of the CSV exports' buttons.</summary>
public static class ExportLocaleResources
{
    private const string P = "Plugins.Misc.AiqLoyalty";

    /// <summary>Resource name to English text.</summary>
    public static IReadOnlyDictionary<string, string> All => new Dictionary<string, string>
    {
        [$"{P}.SyncLog.Export"] = "Export CSV",
        [$"{P}.SyncLog.Export.Hint"] = "Download every row that matches the filters above as a CSV file (contacts stay masked)."
    };
}
