using AiqLoyalty.Core.Verification;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Verification;

[TestFixture]
public class VerificationPolicyOptionsValidatorTests
{
    private readonly VerificationPolicyOptionsValidator _validator = new();

    [Test]
    public void Defaults_AreValid_AndMatchTheBrief()
    {
        var options = new VerificationPolicyOptions();

        Assert.Multiple(() =>
        {
            Assert.That(_validator.Validate(options).IsValid, Is.True);
            Assert.That(options.CodeLifetime, Is.EqualTo(TimeSpan.FromMinutes(10)));
            Assert.That(options.ResendCooldown, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.MaxFailedAttempts, Is.EqualTo(5));
            Assert.That(options.LockoutDuration, Is.EqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(options.MaxCodesPerWindow, Is.EqualTo(5));
            Assert.That(options.CodeSendWindow, Is.EqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(options.VerifiedLifetime, Is.EqualTo(TimeSpan.FromMinutes(60)));
        });
    }

    private static IEnumerable<TestCaseData> InsaneOptions()
    {
        yield return new TestCaseData(new VerificationPolicyOptions { CodeLifetime = TimeSpan.FromSeconds(30) }, "Aiq.Verification.CodeLifetime");
        yield return new TestCaseData(new VerificationPolicyOptions { ResendCooldown = TimeSpan.Zero }, "Aiq.Verification.ResendCooldown");
        yield return new TestCaseData(new VerificationPolicyOptions { ResendCooldown = TimeSpan.FromMinutes(10) }, "Aiq.Verification.ResendCooldownBeyondLifetime");
        yield return new TestCaseData(new VerificationPolicyOptions { MaxFailedAttempts = 0 }, "Aiq.Verification.MaxFailedAttempts");
        yield return new TestCaseData(new VerificationPolicyOptions { MaxFailedAttempts = 1000 }, "Aiq.Verification.MaxFailedAttempts");
        yield return new TestCaseData(new VerificationPolicyOptions { MaxFailedAttempts = 11 }, "Aiq.Verification.MaxFailedAttempts").SetName("Attack03_AtMostTenTries");
        yield return new TestCaseData(new VerificationPolicyOptions { LockoutDuration = TimeSpan.Zero }, "Aiq.Verification.LockoutDuration");
        yield return new TestCaseData(new VerificationPolicyOptions { LockoutDuration = TimeSpan.FromMinutes(4) }, "Aiq.Verification.LockoutDuration").SetName("Attack03_LockoutAtLeastFiveMinutes");
        yield return new TestCaseData(new VerificationPolicyOptions { MaxCodesPerWindow = 0 }, "Aiq.Verification.MaxCodesPerWindow");
        yield return new TestCaseData(new VerificationPolicyOptions { CodeSendWindow = TimeSpan.FromDays(2) }, "Aiq.Verification.CodeSendWindow");
        yield return new TestCaseData(new VerificationPolicyOptions { VerifiedLifetime = TimeSpan.FromSeconds(-1) }, "Aiq.Verification.VerifiedLifetime");
    }

    [TestCaseSource(nameof(InsaneOptions))]
    [Category("Abuse")]
    public void Validate_RefusesOutOfRange(VerificationPolicyOptions options, string expectedCode)
    {
        var result = _validator.Validate(options);

        Assert.That(result.Errors.Select(e => e.ErrorCode), Does.Contain(expectedCode));
    }
}
