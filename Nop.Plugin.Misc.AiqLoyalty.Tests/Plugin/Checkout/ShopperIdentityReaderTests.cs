using AiqLoyalty.Core.Client;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>Which of a customer's contacts the store itself has verified (attack 7: "PIN not required").</summary>
[TestFixture]
public class ShopperIdentityReaderTests
{
    private IdentityReaderWorld _w = null!;

    [SetUp]
    public void SetUp() => _w = new IdentityReaderWorld();

    [Test]
    [Category("Abuse")]
    public async Task Attack07_PinNotRequired_APhoneNeverOpensAWalletAndAnEmailOnlyOnceTheStoreValidatedIt()
    {
        Assert.That(await _w.Reader.GetStoreVerifiedAsync(_w.Customer), Is.Null, "registered with a phone and an email, nothing validated");

        _w.Activate();

        Assert.That(await _w.Reader.GetStoreVerifiedAsync(_w.Customer), Is.EqualTo(ContactIdentity.Email("ann@example.com")), "the validated email, never the phone");
        Assert.That(await _w.Reader.GetPrefillAsync(_w.Customer), Is.EqualTo(ContactIdentity.Phone(DemoShoppers.AnnPhone)), "the phone only prefills the box");
    }

    [Test]
    [Category("Abuse")]
    public async Task Attack07_AChangedEmailAnInactiveAccountOrTheStandardRegistrationMethodOpenNothing()
    {
        _w.Activate();

        _w.Customer.Email = "mallory@example.com";
        Assert.That(await _w.Reader.GetStoreVerifiedAsync(_w.Customer), Is.Null, "an email the store never validated");
        _w.Customer.Email = "ann@example.com";

        _w.Customer.Active = false;
        Assert.That(await _w.Reader.GetStoreVerifiedAsync(_w.Customer), Is.Null, "inactive account");
        _w.Customer.Active = true;

        _w.Registered = false;
        Assert.That(await _w.Reader.GetStoreVerifiedAsync(_w.Customer), Is.Null, "not registered");
        _w.Registered = true;

        _w.CustomerSettings.UserRegistrationType = Nop.Core.Domain.Customers.UserRegistrationType.Standard;
        Assert.That(await _w.Reader.GetStoreVerifiedAsync(_w.Customer), Is.Null, "the store no longer validates emails");
    }

    [Test]
    public void TheStandardRegistrationMethodRecordsNoValidatedEmail()
    {
        _w.CustomerSettings.UserRegistrationType = Nop.Core.Domain.Customers.UserRegistrationType.Standard;

        _w.Activate();

        Assert.That(_w.ValidatedEmail, Is.Null, "nopCommerce raises the activation event for standard registrations too, without checking the email");
    }
}
