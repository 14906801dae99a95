using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Core;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Logging;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.AiqLoyalty.Infrastructure;

/// <summary>
/// The server-side confirm check: before nopCommerce saves an order (multi-step "Confirm" POST and
/// one-page checkout's OpcConfirmOrder), applied rewards are checked against a wallet read from AIQ
/// at most a minute ago. A reward the wallet no longer lists (spent in store, expired) is released,
/// the order is not placed, and the shopper is sent back to the cart with a message naming it; the
/// browser script's own check is only a convenience on top of this.
/// </summary>
public class ConfirmOrderRewardsFilter : IAsyncActionFilter
{
    #region Fields

    private readonly ILoyaltyCheckoutService _checkoutService;
    private readonly ILogger _logger;
    private readonly INotificationService _notificationService;
    private readonly IStoreContext _storeContext;
    private readonly IWebHelper _webHelper;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the filter.</summary>
    public ConfirmOrderRewardsFilter(ILoyaltyCheckoutService checkoutService,
        ILogger logger,
        INotificationService notificationService,
        IStoreContext storeContext,
        IWebHelper webHelper,
        IWorkContext workContext)
    {
        _checkoutService = checkoutService;
        _logger = logger;
        _notificationService = notificationService;
        _storeContext = storeContext;
        _webHelper = webHelper;
        _workContext = workContext;
    }

    #endregion

    #region Methods

    /// <summary>Runs the check before the confirm actions; every other action passes straight through.</summary>
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!IsOrderConfirmation(context, out var onePage))
        {
            await next();
            return;
        }

        IList<string> gone = [];
        try
        {
            var store = await _storeContext.GetCurrentStoreAsync();
            if ((await _checkoutService.GetSettingsAsync(store.Id)).Enabled)
            {
                var customer = await _workContext.GetCurrentCustomerAsync();
                gone = await _checkoutService.ReleaseGoneBeforeOrderAsync(customer, store.Id, AiqLoyaltyDefaults.ConfirmWalletMaxAge);
            }
        }
        catch (Exception exception)
        {
            // The check never blocks checkout by itself failing: the owner requirement still guards the discount.
            await _logger.ErrorAsync("AIQ loyalty: the confirm-step rewards check failed; the order goes on.", exception);
        }

        if (gone.Count == 0)
        {
            await next();
            return;
        }

        var message = await _checkoutService.NoLongerAvailableAsync(gone);
        _notificationService.WarningNotification(message);
        var cartUrl = _webHelper.GetStoreLocation() + "cart";
        context.Result = onePage
            ? new JsonResult(new { error = 1, message, redirect = cartUrl })
            : new RedirectResult(cartUrl);
    }

    #endregion

    #region Utilities

    /// <summary>nopCommerce's CheckoutController: POST Confirm (multi-step) or OpcConfirmOrder (one page).</summary>
    private static bool IsOrderConfirmation(ActionExecutingContext context, out bool onePage)
    {
        onePage = false;
        if (!HttpMethods.IsPost(context.HttpContext.Request.Method)
            || context.ActionDescriptor is not ControllerActionDescriptor action
            || !string.Equals(action.ControllerName, "Checkout", StringComparison.OrdinalIgnoreCase)
            || action.ControllerTypeInfo.Assembly != typeof(Nop.Web.Controllers.CheckoutController).Assembly)
            return false;

        onePage = string.Equals(action.ActionName, "OpcConfirmOrder", StringComparison.OrdinalIgnoreCase);
        return onePage || string.Equals(action.ActionName, "Confirm", StringComparison.OrdinalIgnoreCase);
    }

    #endregion
}
