using System.Text;

namespace Nop.Plugin.Misc.AiqLoyalty.Services;

/// <summary>
/// Fits free text (reward names, error messages) into a sized text column on every database
/// nopCommerce runs on: characters outside the Basic Multilingual Plane (emoji) become U+FFFD, because
/// nopCommerce's MySQL/MariaDB schema makes sized text columns utf8mb3, which refuses them; then the
/// text is cut to the column's length, because MySQL and SQL Server refuse longer text (PostgreSQL's
/// citext columns have no length at all, so only the other two would fail). Identifiers are never
/// passed through here: they are refused upstream instead of being changed.
/// </summary>
public static class StoredText
{
    /// <summary>The replacement for a character the column cannot hold.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary><paramref name="text"/> made storable in a column of <paramref name="maxLength"/> characters; null stays null.</summary>
    public static string Fit(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (text is null)
            return null;

        var bmp = text;
        if (text.Any(char.IsSurrogate))
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                builder.Append(char.IsSurrogate(text[i]) ? Replacement : text[i]);
                // A well-formed pair is one character: one replacement for both halves.
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    i++;
            }

            bmp = builder.ToString();
        }

        return bmp.Length <= maxLength ? bmp : bmp[..maxLength];
    }
}
