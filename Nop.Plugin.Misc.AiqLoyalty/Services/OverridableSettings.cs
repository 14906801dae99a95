using System.Linq.Expressions;
using System.Reflection;
using Nop.Core.Configuration;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.AiqLoyalty.Services;

/// <summary>
/// nopCommerce's per-store override pattern (SettingExistsAsync / SaveSettingOverridablePerStoreAsync)
/// applied to one settings property chosen by name, so a page with many settings needs no
/// hand-written expression per property.
/// </summary>
public static class OverridableSettings
{
    private static readonly MethodInfo ExistsMethod = typeof(ISettingService).GetMethods()
        .Single(m => m.Name == nameof(ISettingService.SettingExistsAsync) && m.IsGenericMethodDefinition);

    private static readonly MethodInfo SaveMethod = typeof(ISettingService).GetMethods()
        .Single(m => m.Name == nameof(ISettingService.SaveSettingOverridablePerStoreAsync) && m.IsGenericMethodDefinition);

    /// <summary>Whether the store has its own value for the property.</summary>
    public static Task<bool> ExistsForStoreAsync<TSettings>(ISettingService settingService, TSettings settings, string propertyName, int storeId)
        where TSettings : ISettings, new()
    {
        var (property, selector) = Select<TSettings>(propertyName);
        return (Task<bool>)ExistsMethod.MakeGenericMethod(typeof(TSettings), property.PropertyType)
            .Invoke(settingService, [settings, selector, storeId]);
    }

    /// <summary>Saves the property for the scope, or removes the store's own value when not overridden.</summary>
    public static Task SaveAsync<TSettings>(ISettingService settingService, TSettings settings, string propertyName, bool overrideForStore, int storeId)
        where TSettings : ISettings, new()
    {
        var (property, selector) = Select<TSettings>(propertyName);
        return (Task)SaveMethod.MakeGenericMethod(typeof(TSettings), property.PropertyType)
            .Invoke(settingService, [settings, selector, overrideForStore, storeId, false]);
    }

    private static (PropertyInfo Property, LambdaExpression Selector) Select<TSettings>(string propertyName)
    {
        var property = typeof(TSettings).GetProperty(propertyName)
            ?? throw new ArgumentException($"{typeof(TSettings).Name} has no property {propertyName}.", nameof(propertyName));
        var parameter = Expression.Parameter(typeof(TSettings), "settings");
        var selector = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(TSettings), property.PropertyType),
            Expression.Property(parameter, property), parameter);
        return (property, selector);
    }
}
