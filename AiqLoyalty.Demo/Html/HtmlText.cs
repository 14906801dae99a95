using System.Net;
using System.Text.RegularExpressions;

namespace AiqLoyalty.Demo.Html;

/// <summary>Reads the messages an ASP.NET page shows when it refuses a form.</summary>
public static partial class HtmlText
{
    /// <summary>
    /// The page's validation messages (the summary and each field's message), as plain text, or an
    /// empty list when the page shows none.
    /// </summary>
    public static IReadOnlyList<string> ValidationErrors(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var messages = new List<string>();
        foreach (Match summary in SummaryRegex().Matches(page))
            messages.AddRange(ListItemRegex().Matches(summary.Groups["html"].Value).Select(item => Plain(item.Groups["html"].Value)));
        foreach (Match field in FieldErrorRegex().Matches(page))
            messages.Add(Plain(field.Groups["html"].Value));
        return messages.Where(message => message.Length > 0).Distinct().ToList();
    }

    /// <summary>HTML reduced to its text on one line.</summary>
    public static string Plain(string html) =>
        WhitespaceRegex().Replace(WebUtility.HtmlDecode(TagRegex().Replace(html ?? string.Empty, " ")), " ").Trim();

    [GeneratedRegex(@"<div[^>]*class=""[^""]*validation-summary-errors[^""]*""[^>]*>(?<html>.*?)</div>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SummaryRegex();

    [GeneratedRegex(@"<li[^>]*>(?<html>.*?)</li>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ListItemRegex();

    [GeneratedRegex(@"<span[^>]*class=""[^""]*field-validation-error[^""]*""[^>]*>(?<html>.*?)</span>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FieldErrorRegex();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
