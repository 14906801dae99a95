namespace Nop.Plugin.Misc.AiqLoyalty.Infrastructure;

/// <summary>
/// The widget zones the rewards box renders in and the component for each. The shopper-facing
/// components arrive with the checkout work; until then the plugin claims no zone.
/// </summary>
public static class AiqLoyaltyWidgetZones
{
    private static readonly Dictionary<string, Type> Components = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>All zones the plugin renders in.</summary>
    public static IEnumerable<string> All => Components.Keys;

    /// <summary>The view component for a zone, or null.</summary>
    public static Type GetViewComponent(string widgetZone) =>
        widgetZone is not null && Components.TryGetValue(widgetZone, out var type) ? type : null;
}
