using System.Net;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>What the HTTP-level store tests read from the store's pages: the antiforgery token and the rewards box's data attributes.</summary>
public static partial class StorePageMarkup
{
    /// <summary>The page's antiforgery token (fails the test when the page has none).</summary>
    public static string RequestToken(string html)
    {
        var match = RequestTokenPattern().Match(html);
        Assert.That(match.Success, Is.True, "antiforgery token on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The form's hidden antiforgery field.</summary>
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"")]
    public static partial Regex RequestTokenPattern();

    /// <summary>The rewards box's antiforgery token attribute.</summary>
    [GeneratedRegex("data-token=\"([^\"]*)\"")]
    public static partial Regex BoxTokenPattern();

    /// <summary>The rewards box's base URL attribute.</summary>
    [GeneratedRegex("class=\"aiq-rewards\"[^>]*data-base=\"([^\"]*)\"")]
    public static partial Regex BoxBasePattern();
}
