using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Lifecycle;

/// <summary>
/// Install, uninstall, reinstall and update leave the store's own data as they promise (the plugin's
/// tables are its migrations' business; the same cycle is checked with SQL on PostgreSQL and MariaDB
/// stores). Deleting the discounts runs on the checkout world, which checks keys the strictest way (InnoDB).
/// </summary>
[TestFixture]
public class PluginLifecycleTests
{
    private StoreDataWorld _world = null!;

    [SetUp]
    public void SetUp() => _world = new StoreDataWorld();

    [Test]
    public async Task InstallUninstallReinstall_LeavesNothingBehind_AndTheSameAsAFreshInstall()
    {
        var untouched = _world.Snapshot();

        await _world.Plugin.InstallAsync();
        var installed = _world.Snapshot();
        // A shopper applies a reward: the plugin's discount with its requirement group and rule.
        var applied = await _world.Checkout.ClaimService.ApplyAsync(_world.Checkout.Ann, CheckoutWorld.Store, _world.Checkout.Settings, _world.Checkout.Wallet, CheckoutWorld.TenOff.TemplateId);
        Assert.That(applied.Applied, Is.True);

        await _world.Plugin.UninstallAsync();
        var uninstalled = _world.Snapshot();

        await _world.Plugin.InstallAsync();
        var reinstalled = _world.Snapshot();

        Assert.Multiple(() =>
        {
            Assert.That(_world.Resources, Has.Count.EqualTo(AiqLoyaltyLocaleResources.All.Count), "every text, once");
            Assert.That(installed, Does.Contain("aiqloyaltysettings.enabled").And.Contain(AiqLoyaltyDefaults.SystemName));
            Assert.That(uninstalled, Is.EqualTo(untouched), "uninstall removes settings, texts, tasks, permissions, the widget and every plugin discount");
            Assert.That(reinstalled, Is.EqualTo(installed), "a reinstall is a fresh install: nothing twice, nothing missing");
        });
    }

    [Test]
    public async Task UpdateFromAnOlderVersion_AddsWhatIsMissing_AndRunningItTwiceAddsNothing()
    {
        await _world.Plugin.InstallAsync();
        var installed = _world.Snapshot();
        // An older version had fewer texts and no redemption worker.
        _world.Resources.RemoveWhere(name => name.StartsWith("plugins.misc.aiqloyalty.audit.", StringComparison.Ordinal));
        _world.Tasks.RemoveAll(task => task.Type == AiqLoyaltyDefaults.RedemptionTaskType);

        await _world.Plugin.UpdateAsync("4.90.1", "4.90.4");
        var updated = _world.Snapshot();
        await _world.Plugin.UpdateAsync("4.90.1", "4.90.4");

        Assert.Multiple(() =>
        {
            Assert.That(updated, Is.EqualTo(installed));
            Assert.That(_world.Snapshot(), Is.EqualTo(installed));
        });
    }
}
