using System.Net;
using System.Text.RegularExpressions;

namespace AiqLoyalty.Demo.Html;

/// <summary>
/// One HTML form as a browser would submit it: the successful controls in document order (checked
/// boxes only, each select's selected option or its first one, textareas, no buttons or files).
/// Enough for the server-rendered pages of nopCommerce; not a general HTML parser.
/// </summary>
public sealed partial class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private HtmlForm(string? action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    /// <summary>The form's action attribute (decoded), or null when it has none.</summary>
    public string? Action { get; }

    /// <summary>The fields in the order a browser posts them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>The form with id <paramref name="formId"/>, or null when the page has none.</summary>
    public static HtmlForm? Find(string page, string formId)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (Match form in FormRegex().Matches(page))
        {
            var attributes = ParseAttributes(form.Groups["attributes"].Value);
            if (attributes.TryGetValue("id", out var id) && id == formId)
                return new HtmlForm(attributes.GetValueOrDefault("action"), ParseControls(form.Groups["body"].Value));
        }

        return null;
    }

    /// <summary>The value of the first control named <paramref name="name"/> on the page, or null.</summary>
    public static string? FirstValue(string page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (Match input in InputRegex().Matches(page))
        {
            var attributes = ParseAttributes(input.Groups["attributes"].Value);
            if (attributes.TryGetValue("name", out var found) && found == name)
                return attributes.GetValueOrDefault("value", string.Empty);
        }

        return null;
    }

    /// <summary>Replaces every field named <paramref name="name"/> (checkbox companions included) with one value.</summary>
    public void Set(string name, string value)
    {
        _fields.RemoveAll(field => field.Key == name);
        _fields.Add(new KeyValuePair<string, string>(name, value));
    }

    /// <summary>The value the form would post for <paramref name="name"/> (the first one), or null.</summary>
    public string? Get(string name) => _fields.FirstOrDefault(field => field.Key == name).Value;

    private static List<KeyValuePair<string, string>> ParseControls(string body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match control in ControlRegex().Matches(body))
        {
            var attributes = ParseAttributes(control.Groups["attributes"].Value);
            if (!attributes.TryGetValue("name", out var name) || name.Length == 0 || attributes.ContainsKey("disabled"))
                continue;

            switch (control.Groups["tag"].Value.ToLowerInvariant())
            {
                case "input":
                    var type = attributes.GetValueOrDefault("type", "text").ToLowerInvariant();
                    if (type is "checkbox" or "radio")
                    {
                        if (attributes.ContainsKey("checked"))
                            fields.Add(new(name, attributes.GetValueOrDefault("value", "on")));
                    }
                    else if (type is not ("submit" or "button" or "image" or "reset" or "file"))
                    {
                        fields.Add(new(name, attributes.GetValueOrDefault("value", string.Empty)));
                    }

                    break;
                case "select":
                    if (SelectedOption(control.Groups["content"].Value) is { } selected)
                        fields.Add(new(name, selected));
                    break;
                case "textarea":
                    fields.Add(new(name, WebUtility.HtmlDecode(control.Groups["content"].Value.TrimStart('\r', '\n'))));
                    break;
            }
        }

        return fields;
    }

    private static string? SelectedOption(string content)
    {
        string? first = null;
        foreach (Match option in OptionRegex().Matches(content))
        {
            var attributes = ParseAttributes(option.Groups["attributes"].Value);
            var value = attributes.TryGetValue("value", out var explicitValue)
                ? explicitValue
                : WebUtility.HtmlDecode(option.Groups["text"].Value).Trim();
            if (attributes.ContainsKey("selected"))
                return value;
            first ??= value;
        }

        return first;
    }

    private static Dictionary<string, string> ParseAttributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in AttributeRegex().Matches(text))
        {
            var value = attribute.Groups["value"].Success ? WebUtility.HtmlDecode(attribute.Groups["value"].Value) : string.Empty;
            attributes.TryAdd(attribute.Groups["name"].Value, value);
        }

        return attributes;
    }

    [GeneratedRegex(@"<form\b(?<attributes>[^>]*)>(?<body>.*?)</form\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FormRegex();

    [GeneratedRegex(@"<input\b(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex InputRegex();

    [GeneratedRegex(@"<(?<tag>input)\b(?<attributes>[^>]*)>|<(?<tag>select|textarea)\b(?<attributes>[^>]*)>(?<content>.*?)</\k<tag>\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ControlRegex();

    [GeneratedRegex(@"<option\b(?<attributes>[^>]*)>(?<text>[^<]*)", RegexOptions.IgnoreCase)]
    private static partial Regex OptionRegex();

    [GeneratedRegex(@"(?<name>[^\s=/>""']+)(?:\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+)))?")]
    private static partial Regex AttributeRegex();
}
