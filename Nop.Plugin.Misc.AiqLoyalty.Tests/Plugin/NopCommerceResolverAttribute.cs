namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

/// <summary>
/// Registers <see cref="NopCommerceAssemblyResolver"/> as soon as the test runner reads the assembly's
/// attributes, which it does before it loads the test classes: a fixture whose fields or async
/// results use nopCommerce types can then be discovered (a module initializer alone runs too late).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class NopCommerceResolverAttribute : Attribute
{
    /// <summary>Registers the resolver.</summary>
    public NopCommerceResolverAttribute() => NopCommerceAssemblyResolver.Register();
}
