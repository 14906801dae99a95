using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

/// <summary>
/// Plugin tests compile against a published store's assemblies without copying them; at run time
/// this resolver loads them (and their dependencies) from that store folder.
/// </summary>
internal static class NopCommerceAssemblyResolver
{
    [ModuleInitializer]
    internal static void Register()
    {
        var storeDir = typeof(NopCommerceAssemblyResolver).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "NopCommerceDir")?.Value;
        if (string.IsNullOrEmpty(storeDir))
            return;

        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var candidate = Path.Combine(storeDir, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
    }
}
