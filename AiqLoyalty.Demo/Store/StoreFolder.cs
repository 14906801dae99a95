using System.Reflection;
using System.Text.Json;
using AiqLoyalty.Demo.Cli;

namespace AiqLoyalty.Demo.Store;

/// <summary>Facts read from a published nopCommerce folder's files (never written).</summary>
public static class StoreFolder
{
    /// <summary>The nopCommerce line the plugin supports (plugin.json's SupportedVersions).</summary>
    public static readonly Version SupportedVersion = new(4, 90);

    /// <summary>
    /// The version of the published nopCommerce in <paramref name="folder"/> (Nop.Core's assembly
    /// version), or a step error saying why the folder is not a 4.90 store.
    /// </summary>
    public static Version CheckPublishedStore(string folder)
    {
        var web = Path.Combine(folder, "Nop.Web.dll");
        var core = Path.Combine(folder, "Nop.Core.dll");
        if (!File.Exists(web) || !File.Exists(core))
            throw new DemoStepException($"{folder} is not a published nopCommerce store: Nop.Web.dll and Nop.Core.dll are missing (give the folder that holds them)");
        if (!Directory.Exists(Path.Combine(folder, "Plugins")) || !Directory.Exists(Path.Combine(folder, "wwwroot")))
            throw new DemoStepException($"{folder} has Nop.Web.dll but no Plugins/ or wwwroot/ folder: give the published store folder, not a build output");

        Version version;
        try
        {
            version = AssemblyName.GetAssemblyName(core).Version ?? new Version();
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException)
        {
            throw new DemoStepException($"{core} cannot be read as an assembly: {ex.Message}", ex);
        }

        if (version.Major != SupportedVersion.Major || version.Minor != SupportedVersion.Minor)
            throw new DemoStepException($"{folder} is nopCommerce {version.Major}.{version.Minor}; the plugin supports {SupportedVersion.Major}.{SupportedVersion.Minor}");
        return version;
    }

    /// <summary>The plugin's state in <c>App_Data/plugins.json</c> of the store in <paramref name="folder"/>.</summary>
    public static async Task<PluginState> ReadPluginStateAsync(string folder, string systemName, CancellationToken ct)
    {
        var file = Path.Combine(folder, "App_Data", "plugins.json");
        if (!File.Exists(file))
            return PluginState.NotInstalled;

        // nopCommerce writes the file with a byte order mark, which File.ReadAllText drops.
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file, ct));
        if (Names(json.RootElement, "InstalledPlugins", "SystemName").Contains(systemName, StringComparer.OrdinalIgnoreCase))
            return PluginState.Installed;
        return Names(json.RootElement, "PluginNamesToInstall", "Item1").Contains(systemName, StringComparer.OrdinalIgnoreCase)
            ? PluginState.Queued
            : PluginState.NotInstalled;
    }

    private static IEnumerable<string> Names(JsonElement root, string list, string property)
    {
        if (!root.TryGetProperty(list, out var items) || items.ValueKind != JsonValueKind.Array)
            yield break;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var name) && name.ValueKind == JsonValueKind.String)
                yield return name.GetString()!;
        }
    }
}
