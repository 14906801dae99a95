using AiqLoyalty.Core.Validation;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Validation;

[TestFixture]
public class PhoneNumberNormalizerTests
{
    [TestCase("+1 (555) 234-5678")]
    [TestCase("1-555-234-5678")]
    [TestCase("555.234.5678")]
    [TestCase("5552345678")]
    [TestCase("  555 234 5678  ")]
    [TestCase("(555)234-5678")]
    [TestCase("+15552345678")]
    [TestCase("1 555 234 5678")]
    public void Normalize_AcceptsCommonUsFormats(string input)
    {
        var result = PhoneNumberNormalizer.Normalize(input);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.True, () => result.Error?.Code ?? string.Empty);
            Assert.That(result.Value, Is.EqualTo("5552345678"));
            Assert.That(result.Error, Is.Null);
        });
    }

    [TestCase("+1 (555) 123-4567", "5551234567")]
    [TestCase("555.123.4567", "5551234567")]
    public void Normalize_AcceptsTheIssueAndGuideExamples(string input, string expected)
    {
        Assert.That(PhoneNumberNormalizer.Normalize(input).Value, Is.EqualTo(expected));
    }

    [TestCase(null, "Aiq.Phone.Required")]
    [TestCase("", "Aiq.Phone.Required")]
    [TestCase("   ", "Aiq.Phone.Required")]
    [TestCase("555-234-567", "Aiq.Phone.WrongLength")]
    [TestCase("555-234-56789", "Aiq.Phone.WrongLength")]
    [TestCase("1-555-234-567", "Aiq.Phone.WrongLength")]
    [TestCase("+1 555 234 567", "Aiq.Phone.WrongLength")]
    [TestCase("555-CALL-NOW", "Aiq.Phone.InvalidCharacters")]
    [TestCase("555x234x5678", "Aiq.Phone.InvalidCharacters")]
    [TestCase("555/234/5678", "Aiq.Phone.InvalidCharacters")]
    [TestCase("555+234-5678", "Aiq.Phone.InvalidCharacters")]
    [TestCase("+44 20 7946 0958", "Aiq.Phone.UnsupportedCountry")]
    [TestCase("25552345678", "Aiq.Phone.WrongLength")]
    [TestCase("+25552345678", "Aiq.Phone.UnsupportedCountry")]
    [TestCase("15552345", "Aiq.Phone.WrongLength")]
    [TestCase("+5552345678", "Aiq.Phone.UnsupportedCountry")]
    [TestCase("055-234-5678", "Aiq.Phone.InvalidAreaCode")]
    [TestCase("155-234-5678", "Aiq.Phone.WrongLength")]
    [TestCase("+1 155 234 5678", "Aiq.Phone.InvalidAreaCode")]
    [TestCase("123456789012345678901234567890123", "Aiq.Phone.WrongLength")]
    public void Normalize_RejectsWithStableCode(string? input, string expectedCode)
    {
        var result = PhoneNumberNormalizer.Normalize(input);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Value, Is.Null);
            Assert.That(result.Error?.Code, Is.EqualTo(expectedCode));
            Assert.That(result.Error?.DefaultMessage, Is.Not.Empty);
        });
    }

    [Test]
    public void Normalize_FullWidthDigits_AreNotDigits()
    {
        var result = PhoneNumberNormalizer.Normalize("５５５２３４５６７８");

        Assert.That(result.Error, Is.EqualTo(ValidationErrors.PhoneInvalidCharacters));
    }
}
