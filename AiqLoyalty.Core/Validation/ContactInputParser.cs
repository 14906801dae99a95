using AiqLoyalty.Core.Client;

namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Reads a single "phone or email" field: input containing @ is an email address, input made of
/// digits and phone separators is a phone number, anything else is refused.
/// </summary>
public static class ContactInputParser
{
    /// <summary>Parses <paramref name="input"/> into one identity.</summary>
    /// <param name="input">What the shopper typed; may be null.</param>
    /// <returns>The identity, or the error to show.</returns>
    public static ContactParseResult Parse(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
            return ContactParseResult.Failure(ValidationErrors.ContactRequired);

        if (text.Contains('@'))
        {
            var email = EmailAddressNormalizer.Normalize(text);
            return email.IsValid
                ? ContactParseResult.Success(new ContactIdentity(ContactKind.Email, email.Value!))
                : ContactParseResult.Failure(email.Error!);
        }

        if (!LooksLikePhone(text))
            return ContactParseResult.Failure(ValidationErrors.ContactUnrecognized);

        var phone = PhoneNumberNormalizer.Normalize(text);
        return phone.IsValid
            ? ContactParseResult.Success(new ContactIdentity(ContactKind.Phone, phone.Value!))
            : ContactParseResult.Failure(phone.Error!);
    }

    private static bool LooksLikePhone(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
                return false;
        }

        return text.Any(char.IsAsciiDigit);
    }
}
