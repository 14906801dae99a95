using AiqLoyalty.Core.Checkout;
using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.AiqLoyalty.Components;
using Nop.Plugin.Misc.AiqLoyalty.Models.Public;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Web.Controllers;

namespace Nop.Plugin.Misc.AiqLoyalty.Controllers;

/// <summary>
/// The rewards box's actions. Every POST carries the antiforgery token; every answer is JSON with a
/// plain-words message; the box is re-rendered from server-side state. A failing AIQ never throws
/// here: the shopper is told rewards are unavailable and checkout goes on.
/// </summary>
[AutoValidateAntiforgeryToken]
public class AiqLoyaltyPublicController : BasePublicController
{
    #region Fields

    private readonly ILoyaltyCheckoutService _checkoutService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public AiqLoyaltyPublicController(ILoyaltyCheckoutService checkoutService,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _checkoutService = checkoutService;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    #endregion

    #region Methods

    /// <summary>The box's current HTML for a zone.</summary>
    [HttpGet]
    public IActionResult Box(string zone) => ViewComponent(typeof(RewardsBoxViewComponent), new { widgetZone = zone, additionalData = (object)null });

    /// <summary>Sends a code to the phone or email typed.</summary>
    [HttpPost]
    public Task<IActionResult> SendCode(string contact) => RunAsync((customer, storeId) => _checkoutService.SendCodeAsync(customer, storeId, contact));

    /// <summary>Sends a new code.</summary>
    [HttpPost]
    public Task<IActionResult> Resend() => RunAsync(_checkoutService.ResendAsync);

    /// <summary>Checks the code typed.</summary>
    [HttpPost]
    public Task<IActionResult> Verify(string code) => RunAsync((customer, storeId) => _checkoutService.VerifyAsync(customer, storeId, code));

    /// <summary>Joins the program; the consent box must be ticked.</summary>
    [HttpPost]
    public Task<IActionResult> Signup(bool consent, string firstName, string lastName, string email) =>
        RunAsync((customer, storeId) => _checkoutService.SignupAsync(customer, storeId, new SignupRequestInput(consent, firstName, lastName, email)));

    /// <summary>With PIN off: opens the logged-in customer's own wallet.</summary>
    [HttpPost]
    public Task<IActionResult> OpenOwn() => RunAsync(_checkoutService.OpenOwnWalletAsync);

    /// <summary>Reloads the wallet.</summary>
    [HttpPost]
    public Task<IActionResult> Refresh() => RunAsync(_checkoutService.RefreshAsync);

    /// <summary>Applies a reward.</summary>
    [HttpPost]
    public Task<IActionResult> Apply(string templateId) => RunAsync((customer, storeId) => _checkoutService.ApplyAsync(customer, storeId, templateId));

    /// <summary>Removes an applied reward.</summary>
    [HttpPost]
    public Task<IActionResult> Remove(int claimId) => RunAsync((customer, storeId) => _checkoutService.RemoveAsync(customer, storeId, claimId));

    /// <summary>Re-checks applied rewards at the confirm step.</summary>
    [HttpPost]
    public Task<IActionResult> ConfirmCheck() => RunAsync(_checkoutService.ConfirmCheckAsync);

    /// <summary>Forgets the verification ("use a different number").</summary>
    [HttpPost]
    public Task<IActionResult> Forget() => RunAsync(_checkoutService.ForgetAsync);

    #endregion

    #region Utilities

    private async Task<IActionResult> RunAsync(Func<Nop.Core.Domain.Customers.Customer, int, Task<ActionReply>> action)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var settings = await _checkoutService.GetSettingsAsync(store.Id);
        if (!settings.Enabled)
            return NotFound();

        var customer = await _workContext.GetCurrentCustomerAsync();
        var reply = await action(customer, store.Id);
        return Json(new { ok = reply.Ok, message = reply.Message, totalsChanged = reply.TotalsChanged });
    }

    #endregion
}
