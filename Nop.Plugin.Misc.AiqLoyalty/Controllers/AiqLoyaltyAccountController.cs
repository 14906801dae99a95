using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Http;
using Nop.Plugin.Misc.AiqLoyalty.Factories;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Customers;
using Nop.Web.Controllers;

namespace Nop.Plugin.Misc.AiqLoyalty.Controllers;

/// <summary>
/// The shopper's rewards page in the customer account: verification and wallet through the rewards
/// box (the same actions, limits and antiforgery as in the cart), and the rewards the customer's
/// orders used. Registered customers only: a guest is sent to log in.
/// </summary>
public class AiqLoyaltyAccountController : BasePublicController
{
    #region Fields

    private readonly IAccountRewardsModelFactory _modelFactory;
    private readonly ICustomerService _customerService;
    private readonly ILoyaltyCheckoutService _checkoutService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public AiqLoyaltyAccountController(IAccountRewardsModelFactory modelFactory,
        ICustomerService customerService,
        ILoyaltyCheckoutService checkoutService,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _modelFactory = modelFactory;
        _customerService = customerService;
        _checkoutService = checkoutService;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    #endregion

    #region Methods

    /// <summary>The rewards page (<paramref name="pageNumber"/>: the page of past-order rewards, from 1).</summary>
    [HttpGet]
    public async Task<IActionResult> Rewards(int? pageNumber)
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        if (!await _customerService.IsRegisteredAsync(customer))
            return Challenge();

        var store = await _storeContext.GetCurrentStoreAsync();
        if (!(await _checkoutService.GetSettingsAsync(store.Id)).Enabled)
            return RedirectToRoute(NopRouteNames.General.CUSTOMER_INFO);

        var model = await _modelFactory.PrepareAccountRewardsModelAsync(customer, store.Id, pageNumber);
        return View("~/Plugins/Misc.AiqLoyalty/Views/Account/Rewards.cshtml", model);
    }

    #endregion
}
