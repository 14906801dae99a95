namespace AiqLoyalty.Sandbox.Http;

/// <summary>Phone and email rules: phones are exactly 10 digits, emails compare without case.</summary>
public static class Pii
{
    /// <summary>True for exactly ten ASCII digits (US/Canada, no <c>+1</c>).</summary>
    public static bool IsPhone(string? value) =>
        value is { Length: 10 } && value.All(char.IsAsciiDigit);

    /// <summary>A minimal shape check: something, an <c>@</c>, something.</summary>
    public static bool IsEmail(string? value) =>
        value is not null && value.IndexOf('@') is > 0 and var at && at < value.Length - 1;

    /// <summary>True when the value looks like an email rather than a phone.</summary>
    public static bool LooksLikeEmail(string value) => value.Contains('@');

    /// <summary>Email equality as AIQ is assumed to apply it: ordinal, case-insensitive.</summary>
    public static bool SameEmail(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
