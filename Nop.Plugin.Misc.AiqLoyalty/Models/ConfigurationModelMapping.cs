using System.Reflection;

namespace Nop.Plugin.Misc.AiqLoyalty.Models;

/// <summary>
/// Pairs each configuration-page field with its setting (same name, except the write-only API key
/// which is stored encrypted) and its "override for store" flag.
/// </summary>
public static class ConfigurationModelMapping
{
    /// <summary>(model property, settings property) for every editable field.</summary>
    public static IReadOnlyList<(PropertyInfo Model, PropertyInfo Settings)> Properties { get; } = typeof(ConfigurationModel)
        .GetProperties()
        .Where(p => p.GetCustomAttribute<Nop.Web.Framework.Mvc.ModelBinding.NopResourceDisplayNameAttribute>() is not null)
        .Select(p => (p, typeof(AiqLoyaltySettings).GetProperty(p.Name == nameof(ConfigurationModel.ApiKey) ? nameof(AiqLoyaltySettings.ApiKeyEncrypted) : p.Name)
            ?? throw new InvalidOperationException($"No setting for {p.Name}.")))
        .ToList();

    /// <summary>The "{name}_OverrideForStore" flag of a field.</summary>
    public static PropertyInfo OverrideFlag(PropertyInfo modelProperty) =>
        typeof(ConfigurationModel).GetProperty(modelProperty.Name + "_OverrideForStore")
        ?? throw new InvalidOperationException($"No override flag for {modelProperty.Name}.");
}
