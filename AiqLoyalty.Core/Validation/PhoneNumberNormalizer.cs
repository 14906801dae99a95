using System.Text;
using PhoneNumbers;

namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Turns a shopper-typed US/Canadian phone number into AIQ's form: 10 digits, no country code
/// (docs/aiq-api.md, "Send a verification PIN"), and refuses numbers the merchant should not pay
/// to text. Never throws for bad input.
/// </summary>
/// <remarks>
/// The shape of the input (which characters, how many digits, country code 1) is checked here so
/// the shopper gets a precise message and the forms accepted stay exactly the ones shoppers type.
/// Whether the number exists, where it is and what kind of line it is come from Google's
/// libphonenumber metadata (libphonenumber-csharp), which tracks assigned area codes and service
/// ranges: every code the plugin asks AIQ to text is paid by the merchant, so unassigned,
/// premium-rate, toll-free and foreign (Caribbean and other NANP countries) numbers are refused
/// before AIQ is called.
/// </remarks>
public static class PhoneNumberNormalizer
{
    /// <summary>Digits in a number as AIQ stores it.</summary>
    public const int NationalLength = 10;

    /// <summary>The only country code AIQ serves (US and Canada share the North American Numbering Plan).</summary>
    public const char NorthAmericanCountryCode = '1';

    /// <summary>Longest input examined; anything longer cannot be a phone number.</summary>
    public const int MaxInputLength = 32;

    /// <summary>The regions (libphonenumber's ISO 3166 codes) whose numbers AIQ serves.</summary>
    public static IReadOnlyList<string> AcceptedRegions { get; } = ["US", "CA"];

    private const string Separators = " ()-.\t";

    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Normalises <paramref name="input"/>, accepting forms such as "+1 (212) 555-0123",
    /// "1-212-555-0123", "212.555.0123" and "2125550123".
    /// </summary>
    /// <param name="input">What the shopper typed; may be null.</param>
    /// <returns>The 10-digit number, or the reason it was refused.</returns>
    public static NormalizationResult Normalize(string? input)
    {
        var shape = CheckShape(input, out var national);
        return shape is not null
            ? NormalizationResult.Failure(shape)
            : CheckNumber(national) is { } refusal
                ? NormalizationResult.Failure(refusal)
                : NormalizationResult.Success(national);
    }

    /// <summary>
    /// The refusal for a valid number of <paramref name="type"/>, or null when AIQ can text it:
    /// only mobile lines and the NANP's ordinary geographic numbers (which libphonenumber cannot tell
    /// apart from landlines, so it calls them FIXED_LINE_OR_MOBILE) can receive the PIN.
    /// </summary>
    /// <remarks>
    /// VOIP is refused: in the NANP, libphonenumber gives that type only to non-geographic service
    /// ranges (Canada's 600 code), not to shoppers' phones; app-based numbers such as Google Voice sit
    /// in geographic ranges and are accepted as FIXED_LINE_OR_MOBILE. Shared-cost, voicemail, pager
    /// and UAN ranges do not exist in the NANP today, but the metadata is updated with each release,
    /// so a future range of those kinds is refused with its own message rather than texted.
    /// </remarks>
    internal static ValidationError? RefusalFor(PhoneNumberType type) => type switch
    {
        PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE => null,
        PhoneNumberType.PREMIUM_RATE => ValidationErrors.PhonePremiumRate,
        PhoneNumberType.TOLL_FREE => ValidationErrors.PhoneTollFree,
        PhoneNumberType.SHARED_COST => ValidationErrors.PhoneSharedCost,
        PhoneNumberType.VOIP => ValidationErrors.PhoneVoip,
        PhoneNumberType.VOICEMAIL => ValidationErrors.PhoneVoicemail,
        PhoneNumberType.PERSONAL_NUMBER => ValidationErrors.PhonePersonalNumber,
        PhoneNumberType.PAGER => ValidationErrors.PhonePager,
        PhoneNumberType.UAN => ValidationErrors.PhoneUan,
        PhoneNumberType.FIXED_LINE => ValidationErrors.PhoneLandline,
        _ => ValidationErrors.PhoneUnassigned
    };

    /// <summary>Digits, separators, country code and length; on success <paramref name="national"/> holds the 10 digits.</summary>
    private static ValidationError? CheckShape(string? input, out string national)
    {
        national = string.Empty;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
            return ValidationErrors.PhoneRequired;
        if (text.Length > MaxInputLength)
            return ValidationErrors.PhoneWrongLength;

        var hasPlus = text[0] == '+';
        var digits = new StringBuilder(MaxInputLength);
        for (var i = hasPlus ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
                digits.Append(c);
            else if (!Separators.Contains(c))
                return ValidationErrors.PhoneInvalidCharacters;
        }

        var startsWithCountryCode = digits.Length > 0 && digits[0] == NorthAmericanCountryCode;
        if (hasPlus && !startsWithCountryCode)
            return ValidationErrors.PhoneUnsupportedCountry;

        // A national number never starts with 1, so a leading 1 is the country code even when digits are missing.
        if (hasPlus || startsWithCountryCode)
        {
            if (digits.Length != NationalLength + 1)
                return ValidationErrors.PhoneWrongLength;
            national = digits.ToString(1, NationalLength);
        }
        else if (digits.Length == NationalLength)
        {
            national = digits.ToString();
        }
        else
        {
            return ValidationErrors.PhoneWrongLength;
        }

        return national[0] is '0' or '1' ? ValidationErrors.PhoneInvalidAreaCode : null;
    }

    /// <summary>Where the number is, whether it exists and what kind of line it is, from libphonenumber's metadata.</summary>
    private static ValidationError? CheckNumber(string national)
    {
        // Built from the digits rather than parsed from the text: the shape is already checked, and
        // libphonenumber's parser would also accept letters, extensions and other inputs we refuse.
        var number = new PhoneNumber.Builder()
            .SetCountryCode(1)
            .SetNationalNumber(ulong.Parse(national, System.Globalization.CultureInfo.InvariantCulture))
            .Build();

        // Another NANP country's area code (876 Jamaica, 809 Dominican Republic, 787 Puerto Rico, ...)
        // is named as such even when the rest of the number is not assigned.
        var region = Numbers.GetRegionCodeForNumber(number);
        if (region is not null && !AcceptedRegions.Contains(region))
            return ValidationErrors.PhoneOutsideUsCanada;
        if (!Numbers.IsValidNumber(number))
            return ValidationErrors.PhoneUnassigned;

        return RefusalFor(Numbers.GetNumberType(number));
    }
}
