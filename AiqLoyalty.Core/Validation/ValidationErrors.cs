namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Every validation error the core reports, keyed by a stable code. The plugin uses the code as the
/// locale resource name and falls back to the default message.
/// </summary>
public static class ValidationErrors
{
    /// <summary>No phone number was entered.</summary>
    public static readonly ValidationError PhoneRequired =
        new("Aiq.Phone.Required", "Enter a phone number.");

    /// <summary>The phone number contains something other than digits and the usual separators.</summary>
    public static readonly ValidationError PhoneInvalidCharacters =
        new("Aiq.Phone.InvalidCharacters", "A phone number may contain only digits, spaces, brackets, dots, dashes and a leading +.");

    /// <summary>The phone number does not have 10 digits (11 with a leading 1).</summary>
    public static readonly ValidationError PhoneWrongLength =
        new("Aiq.Phone.WrongLength", "Enter a 10-digit US or Canadian phone number.");

    /// <summary>The phone number carries a country code other than 1.</summary>
    public static readonly ValidationError PhoneUnsupportedCountry =
        new("Aiq.Phone.UnsupportedCountry", "Only US and Canadian phone numbers (country code 1) are supported.");

    /// <summary>The area code starts with 0 or 1, which no US or Canadian number does.</summary>
    public static readonly ValidationError PhoneInvalidAreaCode =
        new("Aiq.Phone.InvalidAreaCode", "The area code cannot start with 0 or 1.");


    /// <summary>No email address was entered.</summary>
    public static readonly ValidationError EmailRequired =
        new("Aiq.Email.Required", "Enter an email address.");

    /// <summary>The email address is not shaped like name@domain.tld.</summary>
    public static readonly ValidationError EmailInvalid =
        new("Aiq.Email.Invalid", "Enter a valid email address, such as name@example.com.");

    /// <summary>The email address is longer than email allows.</summary>
    public static readonly ValidationError EmailTooLong =
        new("Aiq.Email.TooLong", "The email address is too long.");

    /// <summary>No verification code was entered.</summary>
    public static readonly ValidationError PinRequired =
        new("Aiq.Pin.Required", "Enter the 4-digit code we sent you.");

    /// <summary>The verification code is not exactly four digits.</summary>
    public static readonly ValidationError PinInvalid =
        new("Aiq.Pin.Invalid", "The code must be exactly 4 digits.");

    /// <summary>Neither a phone number nor an email address was entered.</summary>
    public static readonly ValidationError ContactRequired =
        new("Aiq.Contact.Required", "Enter your phone number or email address.");

    /// <summary>The input looks like neither a phone number nor an email address.</summary>
    public static readonly ValidationError ContactUnrecognized =
        new("Aiq.Contact.Unrecognized", "Enter a US or Canadian phone number or an email address.");
}
