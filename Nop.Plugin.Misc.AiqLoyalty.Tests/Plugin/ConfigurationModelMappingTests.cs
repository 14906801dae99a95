using Nop.Plugin.Misc.AiqLoyalty.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

/// <summary>Every setting is on the page, with a per-store override flag; nothing is left out.</summary>
[TestFixture]
public class ConfigurationModelMappingTests
{
    [Test]
    public void EverySettingHasAFieldAndEveryFieldAnOverrideFlag()
    {
        var mappedSettings = ConfigurationModelMapping.Properties.Select(p => p.Settings.Name).ToList();
        var allSettings = typeof(AiqLoyaltySettings).GetProperties().Select(p => p.Name).ToList();

        Assert.That(mappedSettings, Is.EquivalentTo(allSettings));
        foreach (var (model, _) in ConfigurationModelMapping.Properties)
            Assert.That(ConfigurationModelMapping.OverrideFlag(model).PropertyType, Is.EqualTo(typeof(bool)), model.Name);
    }

    [Test]
    public void ApiKeyFieldMapsToTheEncryptedSetting()
    {
        var apiKey = ConfigurationModelMapping.Properties.Single(p => p.Model.Name == nameof(ConfigurationModel.ApiKey));
        Assert.That(apiKey.Settings.Name, Is.EqualTo(nameof(AiqLoyaltySettings.ApiKeyEncrypted)));
    }

    [Test]
    public void FieldsAndSettingsHaveTheSameTypes()
    {
        foreach (var (model, settings) in ConfigurationModelMapping.Properties)
            Assert.That(model.PropertyType, Is.EqualTo(settings.PropertyType), model.Name);
    }
}
