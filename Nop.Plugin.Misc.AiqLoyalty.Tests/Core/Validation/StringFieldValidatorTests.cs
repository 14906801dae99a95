using AiqLoyalty.Core.Validation;
using FluentValidation;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Validation;

[TestFixture]
public class StringFieldValidatorTests
{
    [TestCase("0000")]
    [TestCase("0123")]
    [TestCase("9876")]
    public void PinCodeValidator_AcceptsFourDigitsWithLeadingZeros(string code)
    {
        Assert.That(new PinCodeValidator().Validate(code).IsValid, Is.True);
    }

    [TestCase(null, "Aiq.Pin.Required")]
    [TestCase("", "Aiq.Pin.Required")]
    [TestCase("123", "Aiq.Pin.Invalid")]
    [TestCase("12345", "Aiq.Pin.Invalid")]
    [TestCase(" 1234", "Aiq.Pin.Invalid")]
    [TestCase("12a4", "Aiq.Pin.Invalid")]
    [TestCase("１２３４", "Aiq.Pin.Invalid")]
    [TestCase("-123", "Aiq.Pin.Invalid")]
    public void PinCodeValidator_RejectsWithCode(string? code, string expectedCode)
    {
        var result = new PinCodeValidator().Validate(code);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors.Select(e => e.ErrorCode), Is.EqualTo(new[] { expectedCode }));
            Assert.That(result.Errors[0].PropertyName, Is.EqualTo("Code"));
        });
    }

    [Test]
    public void PhoneValidator_ReportsNormalizerErrorWithMessageAndPropertyName()
    {
        var result = new PhoneValidator("MobilePhone").Validate("055-234-5678");

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors, Has.Count.EqualTo(1));
            Assert.That(result.Errors[0].ErrorCode, Is.EqualTo(ValidationErrors.PhoneInvalidAreaCode.Code));
            Assert.That(result.Errors[0].ErrorMessage, Is.EqualTo(ValidationErrors.PhoneInvalidAreaCode.DefaultMessage));
            Assert.That(result.Errors[0].PropertyName, Is.EqualTo("MobilePhone"));
        });
    }

    [Test]
    public void PhoneValidator_NullIsRequiredNotAnException()
    {
        var result = new PhoneValidator().Validate((string?)null);

        Assert.That(result.Errors.Select(e => e.ErrorCode), Is.EqualTo(new[] { "Aiq.Phone.Required" }));
    }

    [TestCase(TestPhones.OtherUs, true)]
    [TestCase("555-234-567", false)]
    public void PhoneValidator_ValidatesPhones(string input, bool expected)
    {
        Assert.That(new PhoneValidator().Validate(input).IsValid, Is.EqualTo(expected));
    }

    [TestCase("ann@example.com", true)]
    [TestCase("ann@example", false)]
    [TestCase(TestPhones.OtherUs, false)]
    public void EmailValidator_ValidatesEmails(string input, bool expected)
    {
        Assert.That(new EmailValidator().Validate(input).IsValid, Is.EqualTo(expected));
    }

    [Test]
    public void RuleBuilderExtensions_OnModel_ReportNullsAndUseThePropertyName()
    {
        var validator = new SignupModelValidator();

        var result = validator.Validate(new SignupModel { Phone = null, Email = "bad", Code = "12" });

        Assert.That(
            result.Errors.Select(e => (e.PropertyName, e.ErrorCode)),
            Is.EquivalentTo(new[]
            {
                ("Phone", "Aiq.Phone.Required"),
                ("Email", "Aiq.Email.Invalid"),
                ("Code", "Aiq.Pin.Invalid")
            }));
    }

    [Test]
    public void RuleBuilderExtensions_OnModel_PassValidValues()
    {
        var result = new SignupModelValidator().Validate(new SignupModel { Phone = "212 555 0123", Email = "a@b.co", Code = "0042" });

        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void RuleBuilderExtensions_WorkOnNonNullableProperties()
    {
        var result = new ContactModelValidator().Validate(new ContactModel { Contact = "ann@" });

        Assert.That(result.Errors.Select(e => (e.PropertyName, e.ErrorCode)), Is.EqualTo(new[] { ("Contact", "Aiq.Email.Invalid") }));
    }

    private sealed class ContactModel
    {
        public string Contact { get; init; } = string.Empty;
    }

    private sealed class ContactModelValidator : AbstractValidator<ContactModel>
    {
        public ContactModelValidator()
        {
            RuleFor(m => m.Contact).AiqContact();
        }
    }

    private sealed class SignupModel
    {
        public string? Phone { get; init; }

        public string? Email { get; init; }

        public string? Code { get; init; }
    }

    private sealed class SignupModelValidator : AbstractValidator<SignupModel>
    {
        public SignupModelValidator()
        {
            RuleFor(m => m.Phone).AiqPhone();
            RuleFor(m => m.Email).AiqEmail();
            RuleFor(m => m.Code).AiqPinCode();
        }
    }
}
