using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Validation;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>A refused phone or email reaches the shopper as its own locale resource, and AIQ is never asked to text it.</summary>
[TestFixture]
public class ShopperInputMessagesTests
{
    private Mock<IAiqClient> _client = null!;
    private LoyaltyCheckoutService _service = null!;

    [SetUp]
    public void SetUp()
    {
        _client = new Mock<IAiqClient>(MockBehavior.Strict);
        var clients = new Mock<IAiqClientProvider>();
        clients.Setup(p => p.GetClientAsync(It.IsAny<int>())).ReturnsAsync(_client.Object);
        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>())).ReturnsAsync(new AiqLoyaltySettings { Enabled = true, RequirePin = true });

        // The store's resources as install and update write them; an unknown key comes back as itself, as nopCommerce does.
        var installed = AiqLoyaltyLocaleResources.All;
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => installed.TryGetValue(key, out var text) ? text : key);

        _service = new LoyaltyCheckoutService(clients.Object, Mock.Of<IConsentLog>(), Mock.Of<ICustomerService>(),
            Mock.Of<IExclusiveLock>(), localization.Object, Mock.Of<IRewardClaimService>(), settings.Object,
            Mock.Of<IVerificationStore>(), Mock.Of<IWalletSnapshotCache>());
    }

    [TestCase("1-900-555-0123", "Premium-rate numbers (such as 900 numbers) can't receive our texts. Enter your mobile number.")]
    [TestCase("(800) 555-0123", "Toll-free numbers (such as 800 numbers) can't receive our texts. Enter your mobile number.")]
    [TestCase("+1 876 555 0123", "That area code is outside the US and Canada. Enter a US or Canadian mobile number.")]
    [TestCase("555-123-4567", "That phone number isn't in use in the US or Canada. Check the area code and the number.")]
    [TestCase("ann@example", "Enter a valid email address, such as name@example.com.")]
    public async Task SendCode_RefusedInput_SaysWhyAndTextsNobody(string typed, string expected)
    {
        var reply = await _service.SendCodeAsync(new Customer { Id = 7 }, 1, typed);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Ok, Is.False);
            Assert.That(reply.Message, Is.EqualTo(expected));
        });
        _client.VerifyNoOtherCalls();
    }

    [Test]
    public void EveryInputErrorOfTheCoreIsALocaleResourceWithItsDefaultText()
    {
        var resources = AiqLoyaltyLocaleResources.All;

        Assert.Multiple(() =>
        {
            foreach (var error in ValidationErrors.All)
            {
                var name = ShopperLocaleResources.InputErrorName(error);
                Assert.That(resources.TryGetValue(name, out var text), Is.True, name);
                Assert.That(text, Is.EqualTo(error.DefaultMessage), name);
            }
        });
    }
}
