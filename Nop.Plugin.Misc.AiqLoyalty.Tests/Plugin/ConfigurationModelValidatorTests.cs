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

    [TestCase(0, 0, 0, true)]    // members and newsletter subscribers: no GDPR consent needed
    [TestCase(0, 1, 0, false)]   // a GDPR consent as the source, but none chosen: nobody could qualify
    [TestCase(0, 2, 0, false)]
    [TestCase(0, 1, 4, true)]
    [TestCase(1, 1, 0, true)]    // everyone with a contact: the source is not used
    [TestCase(2, 0, 0, false)]   // no such audience
    [TestCase(0, 3, 4, false)]   // no such source
    public void TheAudienceAndConsentSourceAreCheckedTogether(int audience, int source, int gdprConsentId, bool valid)
    {
        var result = _validator.Validate(Valid() with { AbandonedCartAudienceId = audience, AbandonedCartConsentSourceId = source, AbandonedCartGdprConsentId = gdprConsentId });
        Assert.That(result.IsValid, Is.EqualTo(valid), string.Join(" ", result.Errors.Select(e => e.ErrorMessage)));
        if (!valid && audience == 0 && source is 1 or 2)
            Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("Plugins.Misc.AiqLoyalty.Validation.GdprConsent"));
    }

    [Test]
    public void TheAiqStoreIdIsZeroOrAPositiveId()
    {
        Assert.That(_validator.Validate(Valid() with { AiqStoreId = 4021 }).IsValid, Is.True);
        Assert.That(_validator.Validate(Valid() with { AiqStoreId = -1 }).Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "AiqStoreId" }));
    }

    [Test]
    [Category("Abuse")]
    public void Attack03_TheSettingsAreBounded_AtMostTenTriesAndALockoutOfAtLeastFiveMinutes()
    {
        Assert.That(_validator.Validate(Valid() with { MaxFailedAttempts = 11 }).Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "MaxFailedAttempts" }));
        Assert.That(_validator.Validate(Valid() with { LockoutMinutes = 4 }).Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "LockoutMinutes" }));
        Assert.That(_validator.Validate(Valid() with { MaxFailedAttempts = 10, LockoutMinutes = 5 }).IsValid, Is.True);

        // A value written around the page (settings table, API) is clamped into the same range when used.
        var options = AiqLoyaltySettingLimits.PolicyOptions(new AiqLoyaltySettings { MaxFailedAttempts = 1000, LockoutMinutes = 1, CodeLifetimeMinutes = 10, ResendCooldownSeconds = 30, VerifiedLifetimeMinutes = 60 });
        Assert.That(options.MaxFailedAttempts, Is.EqualTo(10));
        Assert.That(options.LockoutDuration, Is.EqualTo(TimeSpan.FromMinutes(5)));
    }

    [Test]
    public void OneHomePerSetting_TheValidatorTheDefaultsAndTheConversionsAgree()
    {
        Assert.That(_validator.Validate(Valid() with { RequestTimeoutSeconds = AiqLoyaltySettingLimits.RequestTimeoutSeconds.Max }).IsValid, Is.True);
        Assert.That(_validator.Validate(Valid() with { RequestTimeoutSeconds = AiqLoyaltySettingLimits.RequestTimeoutSeconds.Max + 1 }).IsValid, Is.False);
        Assert.That(AiqLoyaltySettingLimits.RequestTimeout(new AiqLoyaltySettings { RequestTimeoutSeconds = 60 }), Is.EqualTo(TimeSpan.FromSeconds(30)),
            "the client never waits longer than the page allows");

        // Every range's default is valid, and the defaults make valid core options.
        var defaults = new AiqLoyaltySettings
        {
            CodeLifetimeMinutes = AiqLoyaltySettingLimits.CodeLifetimeMinutes.Default,
            ResendCooldownSeconds = AiqLoyaltySettingLimits.ResendCooldownSeconds.Default,
            MaxFailedAttempts = AiqLoyaltySettingLimits.MaxFailedAttempts.Default,
            LockoutMinutes = AiqLoyaltySettingLimits.LockoutMinutes.Default,
            VerifiedLifetimeMinutes = AiqLoyaltySettingLimits.VerifiedLifetimeMinutes.Default
        };
        Assert.That(new global::AiqLoyalty.Core.Verification.VerificationPolicyOptionsValidator().Validate(AiqLoyaltySettingLimits.PolicyOptions(defaults)).IsValid, Is.True);
        foreach (var range in new[] { AiqLoyaltySettingLimits.CodeLifetimeMinutes, AiqLoyaltySettingLimits.ResendCooldownSeconds, AiqLoyaltySettingLimits.MaxFailedAttempts,
                     AiqLoyaltySettingLimits.LockoutMinutes, AiqLoyaltySettingLimits.VerifiedLifetimeMinutes, AiqLoyaltySettingLimits.MaxRewardsPerOrder,
                     AiqLoyaltySettingLimits.RequestTimeoutSeconds, AiqLoyaltySettingLimits.AbandonedCartIdleMinutes, AiqLoyaltySettingLimits.AbandonedCartMaxAgeDays,
                     AiqLoyaltySettingLimits.AbandonedCartRunIntervalMinutes, AiqLoyaltySettingLimits.SyncLogRetentionDays })
            Assert.That(range.Default, Is.InRange(range.Min, range.Max), range.ToString());

        // The extremes of the page's ranges are valid core options too.
        foreach (var pick in new Func<SettingRange, int>[] { r => r.Min, r => r.Max })
        {
            var extreme = new AiqLoyaltySettings
            {
                CodeLifetimeMinutes = pick(AiqLoyaltySettingLimits.CodeLifetimeMinutes), ResendCooldownSeconds = AiqLoyaltySettingLimits.ResendCooldownSeconds.Min,
                MaxFailedAttempts = pick(AiqLoyaltySettingLimits.MaxFailedAttempts), LockoutMinutes = pick(AiqLoyaltySettingLimits.LockoutMinutes),
                VerifiedLifetimeMinutes = pick(AiqLoyaltySettingLimits.VerifiedLifetimeMinutes)
            };
            Assert.That(new global::AiqLoyalty.Core.Verification.VerificationPolicyOptionsValidator().Validate(AiqLoyaltySettingLimits.PolicyOptions(extreme)).IsValid, Is.True);
        }
    }

    [Test]
    public void ApiKeyWithSpacesIsRefusedButAnEmptyBoxKeepsTheSavedKey()
    {
        Assert.That(_validator.Validate(Valid() with { ApiKey = "abc def" }).IsValid, Is.False);
        Assert.That(_validator.Validate(Valid() with { ApiKey = "" }).IsValid, Is.True);
    }
}
