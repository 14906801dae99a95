using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Validation;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Validation;

[TestFixture]
public class ContactInputTests
{
    [TestCase("+1 (212) 555-0123", ContactKind.Phone, TestPhones.OtherUs)]
    [TestCase("212.555.0123", ContactKind.Phone, TestPhones.OtherUs)]
    [TestCase(" Ann@Example.com ", ContactKind.Email, "ann@example.com")]
    public void Parse_ReturnsExactlyOneNormalisedIdentity(string input, ContactKind kind, string value)
    {
        var result = ContactInputParser.Parse(input);

        Assert.That(result.Identity, Is.EqualTo(new ContactIdentity(kind, value)));
    }

    [TestCase(null, "Aiq.Contact.Required")]
    [TestCase("  ", "Aiq.Contact.Required")]
    [TestCase("ann", "Aiq.Contact.Unrecognized")]
    [TestCase("call me", "Aiq.Contact.Unrecognized")]
    [TestCase("---", "Aiq.Contact.Unrecognized")]
    [TestCase("555-234-567", "Aiq.Phone.WrongLength")]
    [TestCase("+44 20 7946 0958", "Aiq.Phone.UnsupportedCountry")]
    [TestCase("1-900-555-0123", "Aiq.Phone.PremiumRate")]
    [TestCase("(800) 555-0123", "Aiq.Phone.TollFree")]
    [TestCase("876-555-0123", "Aiq.Phone.OutsideUsCanada")]
    [TestCase("555-123-4567", "Aiq.Phone.Unassigned")]
    [TestCase("ann@example", "Aiq.Email.Invalid")]
    [TestCase("2125550123@", "Aiq.Email.Invalid")]
    [TestCase("2125550123 ann@example.com", "Aiq.Email.Invalid")]
    public void Parse_RefusesWithTheMostUsefulCode(string? input, string expectedCode)
    {
        var result = ContactInputParser.Parse(input);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Identity, Is.Null);
            Assert.That(result.Error?.Code, Is.EqualTo(expectedCode));
        });
    }

    [TestCase(TestPhones.OtherUs, true)]
    [TestCase("ann@example.com", true)]
    [TestCase("ann", false)]
    [TestCase("555-234-567", false)]
    public void ContactInputValidator_AgreesWithParser(string input, bool expected)
    {
        var result = new ContactInputValidator().Validate(input);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.EqualTo(expected));
            Assert.That(result.Errors.Select(e => e.ErrorCode), Is.EqualTo(
                expected ? Array.Empty<string>() : new[] { ContactInputParser.Parse(input).Error!.Code }));
        });
    }

    [Test]
    public void ContactInputValidator_ReportsPropertyNameContact()
    {
        var result = new ContactInputValidator().Validate("nope");

        Assert.That(result.Errors.Single().PropertyName, Is.EqualTo("Contact"));
    }
}
