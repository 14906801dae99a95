using System.Text;

namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Turns a shopper-typed US/Canadian phone number into AIQ's form: 10 digits, no country code
/// (docs/aiq-api.md, "Send a verification PIN"). Never throws for bad input.
/// </summary>
public static class PhoneNumberNormalizer
{
    /// <summary>Digits in a number as AIQ stores it.</summary>
    public const int NationalLength = 10;

    /// <summary>The only country code AIQ serves (US and Canada share the North American Numbering Plan).</summary>
    public const char NorthAmericanCountryCode = '1';

    /// <summary>Longest input examined; anything longer cannot be a phone number.</summary>
    public const int MaxInputLength = 32;

    private const string Separators = " ()-.\t";

    /// <summary>
    /// Normalises <paramref name="input"/>, accepting forms such as "+1 (555) 234-5678",
    /// "1-555-234-5678", "555.234.5678" and "5552345678".
    /// </summary>
    /// <param name="input">What the shopper typed; may be null.</param>
    /// <returns>The 10-digit number, or the reason it was refused.</returns>
    public static NormalizationResult Normalize(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
            return NormalizationResult.Failure(ValidationErrors.PhoneRequired);
        if (text.Length > MaxInputLength)
            return NormalizationResult.Failure(ValidationErrors.PhoneWrongLength);

        var hasPlus = text[0] == '+';
        var digits = new StringBuilder(MaxInputLength);
        for (var i = hasPlus ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
                digits.Append(c);
            else if (!Separators.Contains(c))
                return NormalizationResult.Failure(ValidationErrors.PhoneInvalidCharacters);
        }

        string national;
        var startsWithCountryCode = digits.Length > 0 && digits[0] == NorthAmericanCountryCode;
        if (hasPlus && !startsWithCountryCode)
            return NormalizationResult.Failure(ValidationErrors.PhoneUnsupportedCountry);

        // A national number never starts with 1, so a leading 1 is the country code even when digits are missing.
        if (hasPlus || startsWithCountryCode)
        {
            if (digits.Length != NationalLength + 1)
                return NormalizationResult.Failure(ValidationErrors.PhoneWrongLength);
            national = digits.ToString(1, NationalLength);
        }
        else if (digits.Length == NationalLength)
        {
            national = digits.ToString();
        }
        else
        {
            return NormalizationResult.Failure(ValidationErrors.PhoneWrongLength);
        }

        if (national[0] is '0' or '1')
            return NormalizationResult.Failure(ValidationErrors.PhoneInvalidAreaCode);
        return NormalizationResult.Success(national);
    }
}
