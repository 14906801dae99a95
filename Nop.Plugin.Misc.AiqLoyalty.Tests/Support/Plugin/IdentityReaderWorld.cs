using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Common;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>
/// A customer as nopCommerce's services describe it, for <see cref="ShopperIdentityReaderTests"/> (a separate
/// class: a fixture with nopCommerce-typed members cannot be loaded while NUnit discovers tests).
/// </summary>
internal sealed class IdentityReaderWorld
{
    private readonly Dictionary<string, string> _attributes = [];

    public Customer Customer { get; } = new() { Id = 11, Active = true, Email = "Ann@Example.com", Phone = DemoShoppers.AnnPhone };

    public CustomerSettings CustomerSettings { get; } = new() { UserRegistrationType = UserRegistrationType.EmailValidation };

    public bool Registered { get; set; } = true;

    public ShopperIdentityReader Reader { get; }

    public IdentityReaderWorld()
    {
        var customers = new Mock<ICustomerService>();
        customers.Setup(c => c.IsRegisteredAsync(It.IsAny<Customer>(), It.IsAny<bool>())).ReturnsAsync(() => Registered);
        var attributes = new Mock<IGenericAttributeService>();
        attributes.Setup(a => a.GetAttributeAsync<string>(It.IsAny<BaseEntity>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<string>()))
            .ReturnsAsync((BaseEntity _, string key, int _, string _) => _attributes.GetValueOrDefault(key)!);
        attributes.Setup(a => a.SaveAttributeAsync(It.IsAny<BaseEntity>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>()))
            .Returns((BaseEntity _, string key, string value, int _) => { _attributes[key] = value; return Task.CompletedTask; });
        Reader = new ShopperIdentityReader(CustomerSettings, customers.Object, attributes.Object);
    }

    /// <summary>The email nopCommerce's activation link validated, as the plugin recorded it.</summary>
    public string? ValidatedEmail => _attributes.GetValueOrDefault(AiqLoyaltyDefaults.ValidatedEmailAttribute);

    /// <summary>The account was activated through nopCommerce's email link (CustomerActivatedEvent).</summary>
    public void Activate() => Reader.RecordValidatedEmailAsync(Customer).GetAwaiter().GetResult();
}
