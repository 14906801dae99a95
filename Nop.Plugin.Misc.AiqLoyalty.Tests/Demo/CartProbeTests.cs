using AiqLoyalty.Demo.Store;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>The demo's own check looks for the cart zone's rewards box, as the plugin's view renders it.</summary>
[TestFixture]
public class CartProbeTests
{
    [Test]
    public void TheCartZonesBoxCounts() =>
        Assert.That(CartProbe.ContainsRewardsBox(
            """<div class="cart-collaterals"><div class="aiq-rewards" id="aiq-rewards-order-summary-content-deals" data-zone="order_summary_content_deals" data-base="/aiqloyalty/Box">"""),
            Is.True);

    [TestCase("""<div class="aiq-rewards" id="aiq-rewards-opc-content-before" data-zone="opc_content_before">""")]
    [TestCase("""<style>.aiq-rewards { max-width: 400px; }</style>""")]
    [TestCase("")]
    public void OtherZonesAndStylesDoNot(string page) =>
        Assert.That(CartProbe.ContainsRewardsBox(page), Is.False);

    [Test]
    public void ThePluginsViewRendersTheBoxTheWayTheCheckExpects()
    {
        // The view builds the id from the zone; the check must follow it if the markup changes.
        var view = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "Nop.Plugin.Misc.AiqLoyalty", "Views", "Public", "RewardsBox.cshtml"));

        Assert.Multiple(() =>
        {
            Assert.That(view, Does.Contain("var boxId = \"aiq-rewards-\" + Model.Zone.Replace('_', '-');"));
            Assert.That(view, Does.Contain("<div class=\"aiq-rewards\" id=\"@boxId\""));
        });
    }
}
