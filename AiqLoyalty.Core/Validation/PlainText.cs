namespace AiqLoyalty.Core.Validation;

/// <summary>Cleans untrusted free text and URLs: trimmed, length-capped, never decoded or encoded.</summary>
internal static class PlainText
{
    /// <summary>Trims and caps <paramref name="text"/> at <paramref name="maxLength"/> UTF-16 units; null when blank. Never splits a surrogate pair.</summary>
    public static string? TrimAndCap(string? text, int maxLength)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (trimmed.Length <= maxLength)
            return trimmed;

        var cut = char.IsHighSurrogate(trimmed[maxLength - 1]) ? maxLength - 1 : maxLength;
        return trimmed[..cut].TrimEnd();
    }

    /// <summary>The trimmed URL when it is absolute http or https, else null.</summary>
    public static string? AbsoluteHttpUrl(string? url)
    {
        var trimmed = url?.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? trimmed
            : null;
    }
}
