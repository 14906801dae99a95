using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

[assembly: Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.NopCommerceResolver]

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

/// <summary>
/// Plugin tests compile against a published store's assemblies without copying them; at run time
/// this resolver loads them (and their dependencies) from that store folder.
/// </summary>
internal static class NopCommerceAssemblyResolver
{
    private static int _registered;

    /// <summary>The published store the tests were compiled against (NOPCOMMERCE_DIR at build time), or null.</summary>
    internal static string? StoreFolder => typeof(NopCommerceAssemblyResolver).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "NopCommerceDir")?.Value;

    [ModuleInitializer]
    internal static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
            return;

        var storeDir = StoreFolder;
        if (string.IsNullOrEmpty(storeDir))
            return;

        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var candidate = Path.Combine(storeDir, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
    }
}
