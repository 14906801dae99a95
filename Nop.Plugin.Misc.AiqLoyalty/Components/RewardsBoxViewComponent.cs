using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Infrastructure;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Customers;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.AiqLoyalty.Components;

/// <summary>
/// The shopper's rewards box in the cart, in both checkout styles and on the account's rewards page.
/// Whether it shows is decided here, per shopper and store (the zone-to-component mapping is cached
/// per role and theme).
/// </summary>
public class RewardsBoxViewComponent : NopViewComponent
{
    #region Fields

    private readonly ICustomerService _customerService;
    private readonly ILoyaltyCheckoutService _checkoutService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the component.</summary>
    public RewardsBoxViewComponent(ICustomerService customerService,
        ILoyaltyCheckoutService checkoutService,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _customerService = customerService;
        _checkoutService = checkoutService;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    #endregion

    #region Methods

    /// <summary>Renders the box, or nothing when the plugin is off for this store, zone or visitor.</summary>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var settings = await _checkoutService.GetSettingsAsync(store.Id);
        if (!settings.Enabled || !AiqLoyaltyWidgetZones.IsShown(widgetZone, settings))
            return Content(string.Empty);

        var customer = await _workContext.GetCurrentCustomerAsync();
        if (customer.IsSearchEngineAccount() || customer.IsBackgroundTaskAccount())
            return Content(string.Empty);

        // The account's rewards page is a registered customer's (its re-render must not serve a guest).
        if (AiqLoyaltyWidgetZones.IsAccountPage(widgetZone) && !await _customerService.IsRegisteredAsync(customer))
            return Content(string.Empty);

        var model = await _checkoutService.PrepareBoxAsync(customer, store.Id, widgetZone);
        return View("~/Plugins/Misc.AiqLoyalty/Views/Public/RewardsBox.cshtml", model);
    }

    #endregion
}
