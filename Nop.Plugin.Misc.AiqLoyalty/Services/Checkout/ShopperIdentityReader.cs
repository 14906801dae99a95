using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Validation;
using Nop.Core.Domain.Customers;
using Nop.Services.Common;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// Reads a customer's phone and email as the store knows them. nopCommerce verifies an email only with
/// the "email validation" registration method (the activation link) and never verifies a phone, so
/// only an email recorded at activation, and still the account's email, counts as verified by the store.
/// </summary>
public class ShopperIdentityReader : IShopperIdentityReader
{
    #region Fields

    private readonly CustomerSettings _customerSettings;
    private readonly ICustomerService _customerService;
    private readonly IGenericAttributeService _genericAttributeService;

    #endregion

    #region Ctor

    /// <summary>Creates the reader.</summary>
    public ShopperIdentityReader(CustomerSettings customerSettings,
        ICustomerService customerService,
        IGenericAttributeService genericAttributeService)
    {
        _customerSettings = customerSettings;
        _customerService = customerService;
        _genericAttributeService = genericAttributeService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<ContactIdentity> GetPrefillAsync(Customer customer)
    {
        if (customer is null || !await _customerService.IsRegisteredAsync(customer))
            return null;
        var phone = PhoneNumberNormalizer.Normalize(customer.Phone);
        if (phone.IsValid)
            return ContactIdentity.Phone(phone.Value!);
        var email = EmailAddressNormalizer.Normalize(customer.Email);
        return email.IsValid ? ContactIdentity.Email(email.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<ContactIdentity> GetStoreVerifiedAsync(Customer customer)
    {
        if (customer is null || !customer.Active || customer.Deleted
            || _customerSettings.UserRegistrationType != UserRegistrationType.EmailValidation
            || !await _customerService.IsRegisteredAsync(customer))
            return null;

        var email = EmailAddressNormalizer.Normalize(customer.Email);
        if (!email.IsValid)
            return null;
        var validated = await _genericAttributeService.GetAttributeAsync<string>(customer, AiqLoyaltyDefaults.ValidatedEmailAttribute);
        return string.Equals(validated, email.Value, StringComparison.Ordinal) ? ContactIdentity.Email(email.Value!) : null;
    }

    /// <inheritdoc />
    public async Task RecordValidatedEmailAsync(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        // The activation event is also raised by the standard registration method, which checks nothing.
        if (_customerSettings.UserRegistrationType != UserRegistrationType.EmailValidation)
            return;
        var email = EmailAddressNormalizer.Normalize(customer.Email);
        if (email.IsValid)
            await _genericAttributeService.SaveAttributeAsync(customer, AiqLoyaltyDefaults.ValidatedEmailAttribute, email.Value);
    }

    #endregion
}
