using Moq;
using Nop.Plugin.Misc.AiqLoyalty.Models;
using Nop.Plugin.Misc.AiqLoyalty.Validators;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

[TestFixture]
public class ConfigurationModelValidatorTests
{
    private ConfigurationModelValidator _validator = null!;

    [SetUp]
    public void SetUp()
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key);
        _validator = new ConfigurationModelValidator(localization.Object);
    }

    private static ConfigurationModel Valid() => new()
    {
        Enabled = true, BaseUrl = "https://lab.alpineiq.com", Uid = "1546", BrandName = "Green Leaf", CountryId = 0,
        RedemptionModelId = 1, CodeLifetimeMinutes = 10, ResendCooldownSeconds = 30, MaxFailedAttempts = 5, LockoutMinutes = 15,
        VerifiedLifetimeMinutes = 60, MaxRewardsPerOrder = 1, RequestTimeoutSeconds = 8, AbandonedCartIdleMinutes = 60,
        AbandonedCartMaxAgeDays = 7, AbandonedCartRunIntervalMinutes = 15, SyncLogRetentionDays = 90
    };

    [Test]
    public void DefaultsAreValid() => Assert.That(_validator.Validate(Valid()).IsValid, Is.True);

    [TestCase("http://lab.alpineiq.com", false)]
    [TestCase("http://127.0.0.1:5099", true)]
    [TestCase("https://user:pw@lab.alpineiq.com", false)]
    [TestCase("not a url", false)]
    public void BaseUrlFollowsTheClientRule(string url, bool valid)
    {
        var result = _validator.Validate(Valid() with { BaseUrl = url });
        Assert.That(result.IsValid, Is.EqualTo(valid));
        if (!valid)
            Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("Plugins.Misc.AiqLoyalty.Validation.BaseUrl"));
    }

    [Test]
    public void BrandNameIsRequiredOnlyWhenEnabled()
    {
        Assert.That(_validator.Validate(Valid() with { BrandName = "" }).IsValid, Is.False);
        Assert.That(_validator.Validate(Valid() with { BrandName = "", Enabled = false }).IsValid, Is.True);
    }

    [Test]
    public void OutOfRangeNumbersAreRefusedWithTheRange()
    {
        var result = _validator.Validate(Valid() with { MaxFailedAttempts = 0, RequestTimeoutSeconds = 600 });
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "MaxFailedAttempts", "RequestTimeoutSeconds" }));
    }

    [Test]
    public void ApiKeyWithSpacesIsRefusedButAnEmptyBoxKeepsTheSavedKey()
    {
        Assert.That(_validator.Validate(Valid() with { ApiKey = "abc def" }).IsValid, Is.False);
        Assert.That(_validator.Validate(Valid() with { ApiKey = "" }).IsValid, Is.True);
    }
}
