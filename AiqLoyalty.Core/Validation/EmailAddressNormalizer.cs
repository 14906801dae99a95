namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Checks that shopper input is shaped like an email address and returns it trimmed and lower-cased,
/// so the same address always maps to the same identity. Never throws for bad input.
/// </summary>
public static class EmailAddressNormalizer
{
    /// <summary>Longest address SMTP accepts.</summary>
    public const int MaxLength = 254;

    /// <summary>Longest part before the @ that SMTP accepts.</summary>
    public const int MaxLocalPartLength = 64;

    private const string ForbiddenCharacters = "()<>[]:;,\\\"";

    /// <summary>Normalises <paramref name="input"/>.</summary>
    /// <param name="input">What the shopper typed; may be null.</param>
    /// <returns>The lower-cased address, or the reason it was refused.</returns>
    public static NormalizationResult Normalize(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
            return NormalizationResult.Failure(ValidationErrors.EmailRequired);
        if (text.Length > MaxLength)
            return NormalizationResult.Failure(ValidationErrors.EmailTooLong);

        foreach (var c in text)
        {
            // Characters outside the Basic Multilingual Plane (emoji) are refused: nopCommerce's
            // MySQL/MariaDB schema stores sized text as utf8mb3, which cannot hold them.
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || ForbiddenCharacters.Contains(c))
                return NormalizationResult.Failure(ValidationErrors.EmailInvalid);
        }

        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || at > MaxLocalPartLength)
            return NormalizationResult.Failure(ValidationErrors.EmailInvalid);

        var local = text[..at];
        var domain = text[(at + 1)..];
        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
            return NormalizationResult.Failure(ValidationErrors.EmailInvalid);
        if (!IsDomain(domain))
            return NormalizationResult.Failure(ValidationErrors.EmailInvalid);

        return NormalizationResult.Success(text.ToLowerInvariant());
    }

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2)
            return false;
        foreach (var label in labels)
        {
            if (label.Length == 0 || label.StartsWith('-') || label.EndsWith('-'))
                return false;
        }

        return true;
    }
}
