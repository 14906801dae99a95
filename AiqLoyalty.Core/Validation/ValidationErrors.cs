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

    /// <summary>The area code belongs to another country or territory of the North American Numbering Plan (Caribbean, Puerto Rico, Guam, ...).</summary>
    public static readonly ValidationError PhoneOutsideUsCanada =
        new("Aiq.Phone.OutsideUsCanada", "That area code is outside the US and Canada. Enter a US or Canadian mobile number.");

    /// <summary>The area code or exchange is not assigned to any phone in the US or Canada.</summary>
    public static readonly ValidationError PhoneUnassigned =
        new("Aiq.Phone.Unassigned", "That phone number isn't in use in the US or Canada. Check the area code and the number.");

    /// <summary>A premium-rate number (900): texting it costs the sender.</summary>
    public static readonly ValidationError PhonePremiumRate =
        new("Aiq.Phone.PremiumRate", "Premium-rate numbers (such as 900 numbers) can't receive our texts. Enter your mobile number.");

    /// <summary>A toll-free number (800, 833, 844, 855, 866, 877, 888).</summary>
    public static readonly ValidationError PhoneTollFree =
        new("Aiq.Phone.TollFree", "Toll-free numbers (such as 800 numbers) can't receive our texts. Enter your mobile number.");

    /// <summary>A shared-cost number.</summary>
    public static readonly ValidationError PhoneSharedCost =
        new("Aiq.Phone.SharedCost", "Shared-cost numbers can't receive our texts. Enter your mobile number.");

    /// <summary>A non-geographic VoIP service number (Canada's 600 code), not a shopper's phone.</summary>
    public static readonly ValidationError PhoneVoip =
        new("Aiq.Phone.Voip", "That is a service number (such as a 600 number) that can't receive our texts. Enter your mobile number.");

    /// <summary>A voicemail-only number.</summary>
    public static readonly ValidationError PhoneVoicemail =
        new("Aiq.Phone.Voicemail", "Voicemail-only numbers can't receive our texts. Enter your mobile number.");

    /// <summary>A personal-communications number (500 codes) that forwards elsewhere.</summary>
    public static readonly ValidationError PhonePersonalNumber =
        new("Aiq.Phone.PersonalNumber", "Personal forwarding numbers (such as 500 numbers) can't receive our texts. Enter your mobile number.");

    /// <summary>A pager number.</summary>
    public static readonly ValidationError PhonePager =
        new("Aiq.Phone.Pager", "Pager numbers can't receive our texts. Enter your mobile number.");

    /// <summary>A universal access number (a company's single number).</summary>
    public static readonly ValidationError PhoneUan =
        new("Aiq.Phone.Uan", "Company access numbers can't receive our texts. Enter your mobile number.");

    /// <summary>A landline-only number.</summary>
    public static readonly ValidationError PhoneLandline =
        new("Aiq.Phone.Landline", "That is a landline number, which can't receive our texts. Enter your mobile number.");


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

    /// <summary>
    /// Every error above, in declaration order: the plugin installs one locale resource per code with
    /// the default message as its English text.
    /// </summary>
    public static IReadOnlyList<ValidationError> All { get; } =
    [
        PhoneRequired, PhoneInvalidCharacters, PhoneWrongLength, PhoneUnsupportedCountry, PhoneInvalidAreaCode,
        PhoneOutsideUsCanada, PhoneUnassigned, PhonePremiumRate, PhoneTollFree, PhoneSharedCost, PhoneVoip,
        PhoneVoicemail, PhonePersonalNumber, PhonePager, PhoneUan, PhoneLandline,
        EmailRequired, EmailInvalid, EmailTooLong,
        PinRequired, PinInvalid,
        ContactRequired, ContactUnrecognized
    ];
}
