using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Models.Account;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Account;

/// <summary>Who reaches the rewards page: guests are sent to log in, a store with the plugin off sends the shopper to the account.</summary>
[TestFixture]
public class AiqLoyaltyAccountControllerTests
{
    private AccountRewardsWorld _w = null!;

    [SetUp]
    public void SetUp()
    {
        _w = new AccountRewardsWorld();
        _w.FactoryMock.Setup(f => f.PrepareAccountRewardsModelAsync(It.IsAny<Customer>(), It.IsAny<int>(), It.IsAny<int?>()))
            .ReturnsAsync(new AccountRewardsModel());
    }

    [Test]
    public async Task AGuestIsChallenged_NothingIsPrepared()
    {
        _w.Registered = false;

        var result = await _w.Controller().Rewards(null);

        Assert.That(result, Is.InstanceOf<ChallengeResult>(), "nopCommerce's cookie authentication turns a challenge into the login page");
        _w.FactoryMock.Verify(f => f.PrepareAccountRewardsModelAsync(It.IsAny<Customer>(), It.IsAny<int>(), It.IsAny<int?>()), Times.Never);
    }

    [Test]
    public async Task PluginOffForTheStore_BackToTheAccountInfoPage()
    {
        _w.Settings.Enabled = false;

        var result = await _w.Controller().Rewards(null);

        Assert.That(result, Is.InstanceOf<RedirectToRouteResult>());
        Assert.That(((RedirectToRouteResult)result).RouteName, Is.EqualTo("CustomerInfo"));
        _w.FactoryMock.Verify(f => f.PrepareAccountRewardsModelAsync(It.IsAny<Customer>(), It.IsAny<int>(), It.IsAny<int?>()), Times.Never);
    }

    [Test]
    public async Task ARegisteredCustomerGetsThePageForThemselvesInTheCurrentStore()
    {
        var result = await _w.Controller().Rewards(3);

        Assert.That(result, Is.InstanceOf<ViewResult>());
        Assert.That(((ViewResult)result).ViewName, Is.EqualTo("~/Plugins/Misc.AiqLoyalty/Views/Account/Rewards.cshtml"));
        _w.FactoryMock.Verify(f => f.PrepareAccountRewardsModelAsync(_w.Customer, AccountRewardsWorld.Store, 3), Times.Once);
    }
}
