namespace AiqLoyalty.Core.Client;

/// <summary>
/// A shopper identity as AIQ keys it: a 10-digit phone or an email, already normalised.
/// </summary>
/// <param name="Kind">Phone or email.</param>
/// <param name="Value">The normalised value.</param>
public sealed record ContactIdentity(ContactKind Kind, string Value)
{
    /// <summary>A phone identity (10 digits).</summary>
    public static ContactIdentity Phone(string tenDigits) => new(ContactKind.Phone, tenDigits);

    /// <summary>An email identity (trimmed, lower-case).</summary>
    public static ContactIdentity Email(string email) => new(ContactKind.Email, email.Trim().ToLowerInvariant());

    /// <summary>The identity masked for logs and admin pages: last 4 digits of a phone, first letter and domain of an email.</summary>
    public string Masked => Kind == ContactKind.Phone
        ? (Value.Length > 4 ? new string('*', Value.Length - 4) + Value[^4..] : "****")
        : MaskEmail(Value);

    private static string MaskEmail(string email)
    {
        var at = email.IndexOf('@');
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }

    /// <summary>Never prints the raw value.</summary>
    public override string ToString() => $"{Kind}:{Masked}";
}
