using Nop.Core;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Customers;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Web.Models.Customer;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Account;

/// <summary>
/// Adds the rewards page to nopCommerce's account navigation, as nopCommerce's own plugins add theirs:
/// an item in the prepared <see cref="CustomerNavigationModel"/>, so the theme renders it like the
/// built-in tabs and marks it selected on the page. Only for registered customers of a store where the
/// plugin is on; placed after nopCommerce's "Reward points" tab (else after "Orders", else last).
/// </summary>
public class AccountNavigationConsumer : IConsumer<ModelPreparedEvent<BaseNopModel>>
{
    #region Fields

    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly ILoyaltyCheckoutService _checkoutService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the consumer.</summary>
    public AccountNavigationConsumer(ICustomerService customerService,
        ILocalizationService localizationService,
        ILoyaltyCheckoutService checkoutService,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _customerService = customerService;
        _localizationService = localizationService;
        _checkoutService = checkoutService;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    #endregion

    #region Methods

    /// <summary>Adds the menu item to the account navigation (every other model is left alone at once).</summary>
    public async Task HandleEventAsync(ModelPreparedEvent<BaseNopModel> eventMessage)
    {
        if (eventMessage?.Model is not CustomerNavigationModel navigation)
            return;

        if (navigation.CustomerNavigationItems.Any(item => item.Tab == AiqLoyaltyDefaults.AccountMenuTab))
            return;

        var store = await _storeContext.GetCurrentStoreAsync();
        if (!(await _checkoutService.GetSettingsAsync(store.Id)).Enabled)
            return;

        if (!await _customerService.IsRegisteredAsync(await _workContext.GetCurrentCustomerAsync()))
            return;

        var after = navigation.CustomerNavigationItems.FirstOrDefault(item => item.Tab == (int)CustomerNavigationEnum.RewardPoints)
            ?? navigation.CustomerNavigationItems.FirstOrDefault(item => item.Tab == (int)CustomerNavigationEnum.Orders);
        var position = after is null ? navigation.CustomerNavigationItems.Count : navigation.CustomerNavigationItems.IndexOf(after) + 1;
        navigation.CustomerNavigationItems.Insert(position, new CustomerNavigationItemModel
        {
            RouteName = AiqLoyaltyDefaults.AccountRouteName,
            ItemClass = AiqLoyaltyDefaults.AccountMenuItemClass,
            Tab = AiqLoyaltyDefaults.AccountMenuTab,
            Title = await _localizationService.GetResourceAsync(AccountLocaleResources.MenuItemName)
        });
    }

    #endregion
}
