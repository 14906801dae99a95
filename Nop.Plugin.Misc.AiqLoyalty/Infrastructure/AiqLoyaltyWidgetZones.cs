using Nop.Plugin.Misc.AiqLoyalty.Components;
using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.AiqLoyalty.Infrastructure;

/// <summary>
/// The widget zones the rewards box renders in: the cart's discount area, the top of one-page
/// checkout and its confirm step, and the confirm page of multi-step checkout; plus the plugin's own
/// rewards page in the customer account, which renders the same box in its read-only form.
/// </summary>
public static class AiqLoyaltyWidgetZones
{
    /// <summary>
    /// The box on the account's rewards page. Not a nopCommerce widget zone (the page invokes the box
    /// itself), so it is not in <see cref="All"/>; the name travels like a zone so the box's
    /// re-render (Box?zone=) rebuilds the same form.
    /// </summary>
    public const string AccountPage = "aiq_loyalty_account_rewards";

    /// <summary>All zones the plugin renders in.</summary>
    public static IEnumerable<string> All =>
    [
        PublicWidgetZones.OrderSummaryContentDeals,
        PublicWidgetZones.OpcContentBefore,
        PublicWidgetZones.OpCheckoutConfirmTop,
        PublicWidgetZones.CheckoutConfirmTop
    ];

    /// <summary>All zones, public and admin (the order page's rewards block, the dashboard's figures).</summary>
    public static IEnumerable<string> AllWithAdmin => All.Append(AdminWidgetZones.OrderDetailsBlock).Append(AdminWidgetZones.DashboardTop);

    /// <summary>The view component for a zone, or null.</summary>
    public static Type GetViewComponent(string widgetZone)
    {
        if (string.Equals(widgetZone, AdminWidgetZones.OrderDetailsBlock, StringComparison.OrdinalIgnoreCase))
            return typeof(OrderRewardsAdminViewComponent);
        if (string.Equals(widgetZone, AdminWidgetZones.DashboardTop, StringComparison.OrdinalIgnoreCase))
            return typeof(DashboardAdminViewComponent);
        return All.Contains(widgetZone, StringComparer.OrdinalIgnoreCase) ? typeof(RewardsBoxViewComponent) : null;
    }

    /// <summary>Whether the merchant shows the box in this zone (on the rewards page: always, while the plugin is on).</summary>
    public static bool IsShown(string widgetZone, AiqLoyaltySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (IsAccountPage(widgetZone))
            return true;
        if (string.Equals(widgetZone, PublicWidgetZones.OrderSummaryContentDeals, StringComparison.OrdinalIgnoreCase))
            return settings.ShowOnCartPage;
        if (string.Equals(widgetZone, PublicWidgetZones.OpcContentBefore, StringComparison.OrdinalIgnoreCase)
            || string.Equals(widgetZone, PublicWidgetZones.OpCheckoutConfirmTop, StringComparison.OrdinalIgnoreCase))
            return settings.ShowOnOnePageCheckout;
        if (string.Equals(widgetZone, PublicWidgetZones.CheckoutConfirmTop, StringComparison.OrdinalIgnoreCase))
            return settings.ShowOnMultiStepCheckout;
        return false;
    }

    /// <summary>Whether the zone is a confirm step (applied rewards are re-checked against a fresh wallet there).</summary>
    public static bool IsConfirmStep(string widgetZone) =>
        string.Equals(widgetZone, PublicWidgetZones.OpCheckoutConfirmTop, StringComparison.OrdinalIgnoreCase)
        || string.Equals(widgetZone, PublicWidgetZones.CheckoutConfirmTop, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the box is the account rewards page's (read-only: rewards are applied in the cart).</summary>
    public static bool IsAccountPage(string widgetZone) => string.Equals(widgetZone, AccountPage, StringComparison.OrdinalIgnoreCase);
}
