namespace AiqLoyalty.Core.Validation;

/// <summary>
/// The rule for identifiers AIQ sends (contact, template and POS discount ids) before anything keeps
/// them: trimmed, at most <see cref="MaxLength"/> UTF-16 units, no control characters and only
/// characters of the Basic Multilingual Plane. Ids are matched exactly, so they are never cut or
/// changed: one that breaks the rule is refused.
/// </summary>
/// <remarks>
/// The length and the character range are what every database nopCommerce runs on can store in the
/// plugin's id columns: nopCommerce's MySQL/MariaDB schema makes sized text columns utf8mb3, which
/// has no room for characters outside the BMP (emoji), and SQL Server and MySQL refuse text longer
/// than the column.
/// </remarks>
public static class AiqIdentifier
{
    /// <summary>Longest id accepted, in UTF-16 code units (the plugin's id columns hold 100).</summary>
    public const int MaxLength = 100;

    /// <summary>The trimmed id when it follows the rule, else null.</summary>
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength)
            return null;
        foreach (var c in trimmed)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
                return null;
        }

        return trimmed;
    }
}
