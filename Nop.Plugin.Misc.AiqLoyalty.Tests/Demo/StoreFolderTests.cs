using System.Text;
using AiqLoyalty.Demo.Cli;
using AiqLoyalty.Demo.Store;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>What the demo reads from a nopCommerce folder: is it a 4.90 store, is the plugin installed.</summary>
[TestFixture]
public class StoreFolderTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = Path.Combine(Path.GetTempPath(), "aiq-demo-folder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_folder, "App_Data"));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task NoPluginsFileMeansNotInstalled() =>
        Assert.That(await StoreFolder.ReadPluginStateAsync(_folder, "Misc.AiqLoyalty", CancellationToken.None), Is.EqualTo(PluginState.NotInstalled));

    [TestCase("""{"InstalledPlugins":[{"SystemName":"Payments.Manual","Version":"4.90.1"},{"SystemName":"Misc.AiqLoyalty","Version":"4.90.4"}],"PluginNamesToInstall":[]}""", PluginState.Installed)]
    [TestCase("""{"InstalledPlugins":[{"SystemName":"Payments.Manual","Version":"4.90.1"}],"PluginNamesToInstall":[{"Item1":"Misc.AiqLoyalty","Item2":"407a6926-1a31-49ad-afb9-3ca7c8fedff7"}]}""", PluginState.Queued)]
    [TestCase("""{"InstalledPlugins":[{"SystemName":"Payments.Manual","Version":"4.90.1"}],"PluginNamesToInstall":[]}""", PluginState.NotInstalled)]
    [TestCase("""{"InstalledPluginNames":["Obsolete field"]}""", PluginState.NotInstalled)]
    public async Task ReadsPluginsJsonAsNopCommerceWritesIt(string json, PluginState expected)
    {
        // nopCommerce writes the file with a byte order mark.
        await File.WriteAllTextAsync(Path.Combine(_folder, "App_Data", "plugins.json"), json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.That(await StoreFolder.ReadPluginStateAsync(_folder, "Misc.AiqLoyalty", CancellationToken.None), Is.EqualTo(expected));
    }

    [Test]
    public void AFolderWithoutNopWebIsNotAStore() =>
        Assert.That(() => StoreFolder.CheckPublishedStore(_folder),
            Throws.TypeOf<DemoStepException>().With.Message.Contains("is not a published nopCommerce store"));

    [Test]
    public void ABuildOutputWithoutPluginsAndWwwrootIsNotAPublishedStore()
    {
        File.WriteAllText(Path.Combine(_folder, "Nop.Web.dll"), string.Empty);
        File.WriteAllText(Path.Combine(_folder, "Nop.Core.dll"), string.Empty);

        Assert.That(() => StoreFolder.CheckPublishedStore(_folder),
            Throws.TypeOf<DemoStepException>().With.Message.Contains("no Plugins/ or wwwroot/"));
    }

    [Test]
    public void AnotherNopCommerceVersionIsRefused()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Plugins"));
        Directory.CreateDirectory(Path.Combine(_folder, "wwwroot"));
        File.WriteAllText(Path.Combine(_folder, "Nop.Web.dll"), string.Empty);
        // Any managed assembly whose version is not 4.90 stands in for another release's Nop.Core.
        File.Copy(typeof(StoreFolderTests).Assembly.Location, Path.Combine(_folder, "Nop.Core.dll"));

        Assert.That(() => StoreFolder.CheckPublishedStore(_folder),
            Throws.TypeOf<DemoStepException>().With.Message.Contains("the plugin supports 4.90"));
    }
}
