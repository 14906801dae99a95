namespace AiqLoyalty.Core.Client;

/// <summary>
/// The one rule for showing a shopper's phone or email where staff or logs see it: enough to
/// recognise, not enough to contact. Used by <see cref="ContactIdentity.Masked"/>, the call log and
/// the abandoned-cart sync log.
/// </summary>
public static class ContactMasker
{
    /// <summary>"******0101" for a phone (last 4 digits kept), "a***@example.com" for an email (first letter and domain kept).</summary>
    public static string Mask(ContactKind kind, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return kind == ContactKind.Phone ? "****" : "***";
        return kind == ContactKind.Phone ? MaskPhone(value) : MaskEmail(value);
    }

    /// <summary>The email masked when there is one, else the phone, else null.</summary>
    public static string? Mask(string? phone, string? email)
    {
        if (!string.IsNullOrEmpty(email))
            return MaskEmail(email);
        if (!string.IsNullOrEmpty(phone))
            return MaskPhone(phone);
        return null;
    }

    private static string MaskPhone(string phone) =>
        phone.Length <= 4 ? "****" : new string('*', phone.Length - 4) + phone[^4..];

    private static string MaskEmail(string email)
    {
        var at = email.IndexOf('@');
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }
}
