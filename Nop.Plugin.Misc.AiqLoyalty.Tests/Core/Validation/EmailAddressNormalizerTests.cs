using AiqLoyalty.Core.Validation;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Validation;

[TestFixture]
public class EmailAddressNormalizerTests
{
    [TestCase("ann@example.com", "ann@example.com")]
    [TestCase("  Ann.Lee+loyalty@Example.CO.uk ", "ann.lee+loyalty@example.co.uk")]
    [TestCase("a@b.io", "a@b.io")]
    public void Normalize_AcceptsAndLowerCases(string input, string expected)
    {
        var result = EmailAddressNormalizer.Normalize(input);

        Assert.That(result.Value, Is.EqualTo(expected));
    }

    [TestCase(null, "Aiq.Email.Required")]
    [TestCase(" ", "Aiq.Email.Required")]
    [TestCase("ann", "Aiq.Email.Invalid")]
    [TestCase("@example.com", "Aiq.Email.Invalid")]
    [TestCase("ann@", "Aiq.Email.Invalid")]
    [TestCase("ann@example", "Aiq.Email.Invalid")]
    [TestCase("ann@@example.com", "Aiq.Email.Invalid")]
    [TestCase("ann@exa@mple.com", "Aiq.Email.Invalid")]
    [TestCase("ann lee@example.com", "Aiq.Email.Invalid")]
    [TestCase("ann@example..com", "Aiq.Email.Invalid")]
    [TestCase("ann@-example.com", "Aiq.Email.Invalid")]
    [TestCase(".ann@example.com", "Aiq.Email.Invalid")]
    [TestCase("an..n@example.com", "Aiq.Email.Invalid")]
    [TestCase("<ann@example.com>", "Aiq.Email.Invalid")]
    [TestCase("ann@example.com.", "Aiq.Email.Invalid")]
    [TestCase("ann\U0001F600@example.com", "Aiq.Email.Invalid")]
    public void Normalize_RejectsWithStableCode(string? input, string expectedCode)
    {
        var result = EmailAddressNormalizer.Normalize(input);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Value, Is.Null);
            Assert.That(result.Error?.Code, Is.EqualTo(expectedCode));
        });
    }

    [Test]
    public void Normalize_RejectsLocalPartOver64AndAddressOver254()
    {
        var longLocal = new string('a', 65) + "@example.com";
        var longAddress = "a@" + string.Join('.', Enumerable.Repeat(new string('d', 60), 5)) + ".com";

        Assert.Multiple(() =>
        {
            Assert.That(EmailAddressNormalizer.Normalize(longLocal).Error, Is.EqualTo(ValidationErrors.EmailInvalid));
            Assert.That(longAddress, Has.Length.GreaterThan(254));
            Assert.That(EmailAddressNormalizer.Normalize(longAddress).Error, Is.EqualTo(ValidationErrors.EmailTooLong));
        });
    }
}
