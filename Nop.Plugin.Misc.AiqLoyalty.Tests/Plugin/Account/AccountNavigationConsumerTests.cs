using Moq;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Web.Models.Customer;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Account;

/// <summary>The Rewards item in nopCommerce's account navigation: where it goes and who sees it.</summary>
[TestFixture]
public class AccountNavigationConsumerTests
{
    private AccountRewardsWorld _w = null!;

    [SetUp]
    public void SetUp() => _w = new AccountRewardsWorld();

    [Test]
    public async Task ARegisteredCustomerSeesRewardsRightAfterRewardPoints_LinkingThePluginsRoute()
    {
        var navigation = Navigation(CustomerNavigationEnum.Info, CustomerNavigationEnum.Orders, CustomerNavigationEnum.RewardPoints, CustomerNavigationEnum.ChangePassword);

        await _w.Navigation.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(navigation));

        var item = navigation.CustomerNavigationItems[3];
        Assert.Multiple(() =>
        {
            Assert.That(navigation.CustomerNavigationItems.Select(i => i.Tab), Is.EqualTo(new[] { 0, 20, 60, AiqLoyaltyDefaults.AccountMenuTab, 70 }));
            Assert.That(item.RouteName, Is.EqualTo(AiqLoyaltyDefaults.AccountRouteName));
            Assert.That(item.ItemClass, Is.EqualTo(AiqLoyaltyDefaults.AccountMenuItemClass));
            Assert.That(item.Title, Is.EqualTo("Plugins.Misc.AiqLoyalty.Account.MenuItem"), "a locale resource");
        });
    }

    [Test]
    public async Task WithoutRewardPointsItFollowsOrders_WithoutEitherItComesLast()
    {
        var withOrders = Navigation(CustomerNavigationEnum.Info, CustomerNavigationEnum.Orders, CustomerNavigationEnum.ChangePassword);
        var without = Navigation(CustomerNavigationEnum.Info, CustomerNavigationEnum.ChangePassword);

        await _w.Navigation.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(withOrders));
        await _w.Navigation.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(without));

        Assert.That(withOrders.CustomerNavigationItems.Select(i => i.Tab), Is.EqualTo(new[] { 0, 20, AiqLoyaltyDefaults.AccountMenuTab, 70 }));
        Assert.That(without.CustomerNavigationItems.Select(i => i.Tab), Is.EqualTo(new[] { 0, 70, AiqLoyaltyDefaults.AccountMenuTab }));
    }

    [Test]
    public async Task AGuestOrAStoreWithThePluginOff_NoItem()
    {
        var forGuest = Navigation(CustomerNavigationEnum.Info);
        _w.Registered = false;
        await _w.Navigation.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(forGuest));

        var pluginOff = Navigation(CustomerNavigationEnum.Info);
        _w.Registered = true;
        _w.Settings.Enabled = false;
        await _w.Navigation.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(pluginOff));

        Assert.That(forGuest.CustomerNavigationItems, Has.Count.EqualTo(1));
        Assert.That(pluginOff.CustomerNavigationItems, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task PreparedTwice_OneItem()
    {
        var navigation = Navigation(CustomerNavigationEnum.Info);

        await _w.Navigation.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(navigation));
        await _w.Navigation.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(navigation));

        Assert.That(navigation.CustomerNavigationItems.Count(i => i.Tab == AiqLoyaltyDefaults.AccountMenuTab), Is.EqualTo(1));
    }

    [Test]
    public async Task EveryOtherModelIsLeftAloneWithoutReadingAnything()
    {
        await _w.Navigation.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(new CustomerInfoModel()));

        _w.Checkout.Verify(c => c.GetSettingsAsync(It.IsAny<int>()), Times.Never);
        _w.WorkContext.Verify(w => w.GetCurrentCustomerAsync(), Times.Never);
    }

    private static CustomerNavigationModel Navigation(params CustomerNavigationEnum[] tabs)
    {
        var model = new CustomerNavigationModel();
        foreach (var tab in tabs)
            model.CustomerNavigationItems.Add(new CustomerNavigationItemModel { Tab = (int)tab, RouteName = tab.ToString(), Title = tab.ToString() });
        return model;
    }
}
