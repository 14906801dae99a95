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

    /// <summary>The identity masked for logs and admin pages (<see cref="ContactMasker"/>).</summary>
    public string Masked => ContactMasker.Mask(Kind, Value);

    /// <summary>Never prints the raw value.</summary>
    public override string ToString() => $"{Kind}:{Masked}";
}
