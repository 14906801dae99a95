using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace AiqLoyalty.CartBenchmark;

/// <summary>Loads nopCommerce, linq2db and Npgsql from the store folder the benchmark was built against.</summary>
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
