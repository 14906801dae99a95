namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Views;

/// <summary>
/// What the plugin folder ships for the rewards box's look: a stylesheet nopCommerce serves as a
/// static file, registered through NopHtml, and no style block in any view. (The live check is the
/// browser tier's: the page head links the file.)
/// </summary>
[TestFixture]
public class RewardsBoxViewTests
{
    /// <summary>The plugin's files as they are copied next to its assembly (in a store: Plugins/Misc.AiqLoyalty/).</summary>
    private static string PluginFolder => Path.GetDirectoryName(typeof(AiqLoyaltyPlugin).Assembly.Location)!;

    [Test]
    public void TheStylesheetShipsInThePluginFolderAtTheAddressTheBoxRegisters()
    {
        var prefix = $"~/Plugins/{AiqLoyaltyDefaults.SystemName}/";
        var path = AiqLoyaltyDefaults.RewardsBoxStylesheetPath;

        Assert.That(path, Does.StartWith(prefix), "nopCommerce serves a plugin's static files from its own folder");
        var file = Path.Combine(PluginFolder, path[prefix.Length..]);
        Assert.That(File.Exists(file), Is.True, $"{file} is not copied to the output");
        Assert.That(File.ReadAllText(file), Does.Contain(".aiq-rewards {").And.Contain(".aiq-rewards .aiq-consent"));
    }

    [Test]
    public void TheRewardsBoxRegistersItsStylesheetAndNoViewCarriesAStyleBlock()
    {
        var views = Directory.GetFiles(Path.Combine(PluginFolder, "Views"), "*.cshtml", SearchOption.AllDirectories);
        var box = File.ReadAllText(Path.Combine(PluginFolder, "Views", "Public", "RewardsBox.cshtml"));

        Assert.That(views, Is.Not.Empty);
        foreach (var view in views)
            Assert.That(File.ReadAllText(view), Does.Not.Contain("<style"), view);
        Assert.That(box, Does.Contain("NopHtml.AddCssFileParts(AiqLoyaltyDefaults.RewardsBoxStylesheetPath)"));
    }
}
