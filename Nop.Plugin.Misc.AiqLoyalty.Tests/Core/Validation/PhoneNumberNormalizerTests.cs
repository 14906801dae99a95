using AiqLoyalty.Core.Validation;
using PhoneNumbers;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Validation;

[TestFixture]
public class PhoneNumberNormalizerTests
{
    private static readonly string[] TypedForms =
    [
        "##########", "+1##########", "+1 (###) ###-####", "1-###-###-####", "###.###.####", "  ### ### ####  ",
        "(###)###-####", "(###) ###-####", "1 ### ### ####", "+1 ###.###.####", "###-###-####", "1 (###) ###-####"
    ];

    private static IEnumerable<TestCaseData> AcceptedNumbersInEveryTypedForm() =>
        from phone in new[] { TestPhones.OtherUs, TestPhones.Canadian, TestPhones.Ann, TestPhones.NonMember, TestPhones.BillingAddress }
        from form in TypedForms
        select new TestCaseData(TestPhones.Typed(phone, form), phone).SetArgDisplayNames($"\"{TestPhones.Typed(phone, form)}\"");

    [TestCaseSource(nameof(AcceptedNumbersInEveryTypedForm))]
    public void Normalize_AcceptsUsAndCanadianNumbersInEveryTypedForm(string input, string expected)
    {
        var result = PhoneNumberNormalizer.Normalize(input);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.True, () => result.Error?.Code ?? string.Empty);
            Assert.That(result.Value, Is.EqualTo(expected));
            Assert.That(result.Error, Is.Null);
        });
    }

    [TestCase("2125550100", Description = "New York")]
    [TestCase("3125550123", Description = "Chicago")]
    [TestCase("4155550123", Description = "San Francisco")]
    [TestCase("5035550123", Description = "Portland, Oregon")]
    [TestCase("6045550100", Description = "Vancouver")]
    [TestCase("5145550100", Description = "Montreal")]
    [TestCase("6135550123", Description = "Ottawa")]
    public void Normalize_AcceptsTheFictional555_01xxRangeInRealAreaCodes(string phone)
    {
        Assert.That(PhoneNumberNormalizer.Normalize(phone).Value, Is.EqualTo(phone));
    }

    [TestCase(TestPhones.PremiumRate, "Aiq.Phone.PremiumRate")]
    [TestCase("1-900-234-5678", "Aiq.Phone.PremiumRate")]
    [TestCase(TestPhones.TollFree, "Aiq.Phone.TollFree")]
    [TestCase("+1 (888) 234-5678", "Aiq.Phone.TollFree")]
    [TestCase("877.234.5678", "Aiq.Phone.TollFree")]
    [TestCase("8335550100", "Aiq.Phone.TollFree")]
    [TestCase("8445550100", "Aiq.Phone.TollFree")]
    [TestCase("5002345678", "Aiq.Phone.PersonalNumber")]
    [TestCase("5332345678", "Aiq.Phone.PersonalNumber")]
    [TestCase("6002345678", "Aiq.Phone.Voip")]
    [TestCase(TestPhones.Jamaica, "Aiq.Phone.OutsideUsCanada")]
    [TestCase("+1 (809) 555-0100", "Aiq.Phone.OutsideUsCanada")]
    [TestCase("268-234-5678", "Aiq.Phone.OutsideUsCanada")]
    [TestCase("4412345678", "Aiq.Phone.OutsideUsCanada")]
    [TestCase("7875550100", "Aiq.Phone.OutsideUsCanada")]
    [TestCase("3405550100", "Aiq.Phone.OutsideUsCanada")]
    [TestCase("6712345678", "Aiq.Phone.OutsideUsCanada")]
    [TestCase(TestPhones.UnassignedAreaCode, "Aiq.Phone.Unassigned")]
    [TestCase("(555) 234-5678", "Aiq.Phone.Unassigned")]
    [TestCase("2005550100", "Aiq.Phone.Unassigned")]
    [TestCase("7005550100", "Aiq.Phone.Unassigned")]
    [TestCase("9112345678", "Aiq.Phone.Unassigned")]
    [TestCase("2112345678", "Aiq.Phone.Unassigned")]
    public void Normalize_RefusesNumbersTheMerchantShouldNotPayToText(string input, string expectedCode)
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

    [TestCase(PhoneNumberType.MOBILE, null)]
    [TestCase(PhoneNumberType.FIXED_LINE_OR_MOBILE, null)]
    [TestCase(PhoneNumberType.PREMIUM_RATE, "Aiq.Phone.PremiumRate")]
    [TestCase(PhoneNumberType.TOLL_FREE, "Aiq.Phone.TollFree")]
    [TestCase(PhoneNumberType.SHARED_COST, "Aiq.Phone.SharedCost")]
    [TestCase(PhoneNumberType.VOIP, "Aiq.Phone.Voip")]
    [TestCase(PhoneNumberType.VOICEMAIL, "Aiq.Phone.Voicemail")]
    [TestCase(PhoneNumberType.PERSONAL_NUMBER, "Aiq.Phone.PersonalNumber")]
    [TestCase(PhoneNumberType.PAGER, "Aiq.Phone.Pager")]
    [TestCase(PhoneNumberType.UAN, "Aiq.Phone.Uan")]
    [TestCase(PhoneNumberType.FIXED_LINE, "Aiq.Phone.Landline")]
    [TestCase(PhoneNumberType.UNKNOWN, "Aiq.Phone.Unassigned")]
    public void RefusalFor_AcceptsOnlyLinesThatCanReceiveTexts(PhoneNumberType type, string? expectedCode)
    {
        Assert.That(PhoneNumberNormalizer.RefusalFor(type)?.Code, Is.EqualTo(expectedCode));
    }

    [Test]
    public void RefusalFor_CoversEveryTypeLibphonenumberKnows()
    {
        var accepted = Enum.GetValues<PhoneNumberType>().Where(type => PhoneNumberNormalizer.RefusalFor(type) is null);

        Assert.That(accepted, Is.EquivalentTo(new[] { PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE }));
    }

    [Test]
    public void EveryRefusalHasItsOwnCodeAndAPlainMessage()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ValidationErrors.All.Select(error => error.Code), Is.Unique);
            Assert.That(ValidationErrors.All.Select(error => error.DefaultMessage), Is.Unique);
            Assert.That(ValidationErrors.All, Has.All.Matches<ValidationError>(error => error.DefaultMessage.EndsWith('.') && error.DefaultMessage.Length < 160));
            var declared = typeof(ValidationErrors).GetFields().Where(field => field.FieldType == typeof(ValidationError)).Select(field => field.GetValue(null));
            Assert.That(ValidationErrors.All, Is.EquivalentTo(declared), "All lists every declared error");
        });
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
    [TestCase("22125550123", "Aiq.Phone.WrongLength")]
    [TestCase("+22125550123", "Aiq.Phone.UnsupportedCountry")]
    [TestCase("15552345", "Aiq.Phone.WrongLength")]
    [TestCase("+2125550123", "Aiq.Phone.UnsupportedCountry")]
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
