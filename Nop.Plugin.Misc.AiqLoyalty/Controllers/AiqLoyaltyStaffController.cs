using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Models.Public;
using Nop.Plugin.Misc.AiqLoyalty.Models.Staff;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AiqLoyalty.Controllers;

/// <summary>
/// Staff-assisted redemption for phone orders: staff picks the customer, AIQ texts the shopper a PIN,
/// staff types the code the shopper reads out, then applies rewards to that customer's cart. The
/// same verification policy, claims and redemption rules apply; no transaction id is appended (it is
/// an ecommerce order). Every action is logged with the staff member.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AiqLoyaltyStaffController : BasePluginController
{
    #region Fields

    private const string ViewPath = "~/Plugins/Misc.AiqLoyalty/Views/Staff/Redeem.cshtml";
    private const string Zone = "admin_staff_redemption";

    private readonly ICustomerActivityService _activityService;
    private readonly ICustomerService _customerService;
    private readonly ILoyaltyCheckoutService _checkoutService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public AiqLoyaltyStaffController(ICustomerActivityService activityService,
        ICustomerService customerService,
        ILoyaltyCheckoutService checkoutService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _activityService = activityService;
        _customerService = customerService;
        _checkoutService = checkoutService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    #endregion

    #region Methods

    /// <summary>The page; with a customer id, that customer's rewards box.</summary>
    [CheckPermission(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER)]
    public async Task<IActionResult> Redeem(int customerId = 0)
    {
        var model = new StaffRedemptionModel();
        var customer = customerId > 0 ? await _customerService.GetCustomerByIdAsync(customerId) : null;
        if (customer is not null)
        {
            var store = await _storeContext.GetCurrentStoreAsync();
            model.CustomerId = customer.Id;
            model.CustomerEmail = customer.Email;
            model.CustomerName = await _customerService.GetCustomerFullNameAsync(customer) is { Length: > 0 } name ? name : customer.Email;
            model.Box = await _checkoutService.PrepareBoxAsync(customer, store.Id, Zone);
        }

        return View(ViewPath, model);
    }

    /// <summary>Finds the customer by account email.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER)]
    public async Task<IActionResult> FindCustomer(string customerEmail)
    {
        var customer = string.IsNullOrWhiteSpace(customerEmail) ? null : await _customerService.GetCustomerByEmailAsync(customerEmail.Trim());
        if (customer is null)
        {
            _notificationService.WarningNotification(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.Staff.NotFound"));
            return RedirectToAction(nameof(Redeem));
        }

        return RedirectToAction(nameof(Redeem), new { customerId = customer.Id });
    }

    /// <summary>Texts the shopper a PIN.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER)]
    public Task<IActionResult> SendCode(int customerId, string contact) =>
        RunAsync(customerId, "sent a PIN", (customer, storeId) => _checkoutService.SendCodeAsync(customer, storeId, contact));

    /// <summary>Checks the code the shopper read out.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER)]
    public Task<IActionResult> Verify(int customerId, string code) =>
        RunAsync(customerId, "entered the shopper's PIN", (customer, storeId) => _checkoutService.VerifyAsync(customer, storeId, code));

    /// <summary>Applies a reward to the customer's cart.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER)]
    public async Task<IActionResult> Apply(int customerId, string templateId)
    {
        var staff = await _workContext.GetCurrentCustomerAsync();
        return await RunAsync(customerId, $"applied reward {templateId}", (customer, storeId) => _checkoutService.ApplyAsync(customer, storeId, templateId, staff.Id));
    }

    /// <summary>Removes a reward from the customer's cart.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER)]
    public Task<IActionResult> Remove(int customerId, int claimId) =>
        RunAsync(customerId, $"removed reward claim {claimId}", (customer, storeId) => _checkoutService.RemoveAsync(customer, storeId, claimId));

    /// <summary>Starts over with another phone or email.</summary>
    [HttpPost]
    [CheckPermission(AiqLoyaltyPermissionConfigManager.REDEEM_FOR_SHOPPER)]
    public Task<IActionResult> Forget(int customerId) =>
        RunAsync(customerId, "cleared the shopper's verification", _checkoutService.ForgetAsync);

    #endregion

    #region Utilities

    private async Task<IActionResult> RunAsync(int customerId, string what, Func<Customer, int, Task<ActionReply>> action)
    {
        var customer = await _customerService.GetCustomerByIdAsync(customerId);
        if (customer is null)
            return RedirectToAction(nameof(Redeem));

        var store = await _storeContext.GetCurrentStoreAsync();
        var reply = await action(customer, store.Id);
        var staff = await _workContext.GetCurrentCustomerAsync();
        await _activityService.InsertActivityAsync(staff, "EditCustomer",
            $"AIQ loyalty (staff-assisted): {staff.Email} {what} for customer {customer.Id}: {(reply.Ok ? "ok" : "refused")} - {reply.Message}", customer);

        // Replies may name AIQ rewards: the notification is always HTML-encoded.
        if (reply.Ok)
            _notificationService.SuccessNotification(reply.Message, encode: true);
        else
            _notificationService.WarningNotification(reply.Message, encode: true);
        return RedirectToAction(nameof(Redeem), new { customerId });
    }

    #endregion
}
