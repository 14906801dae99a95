using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiqLoyalty.Core.Client;

/// <summary>
/// Reads the message out of an AIQ error body (<c>{"errors": [{"message": ...}]}</c>, or a plain
/// <c>message</c>/<c>error</c> field) without trusting its shape; the result is cut to a safe length.
/// </summary>
public static class AiqErrorBodyReader
{
    /// <summary>The first message found, or null.</summary>
    public static string? ReadMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;

        try
        {
            var node = JsonNode.Parse(body);
            var message = (node?["errors"] as JsonArray)?.FirstOrDefault()?["message"]
                ?? node?["message"]
                ?? node?["error"];
            return message is JsonValue value && value.TryGetValue<string>(out var text) ? Cut(text) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Cut(string text)
    {
        text = text.Trim();
        return text.Length <= AiqClientDefaults.MaxErrorMessageLength ? text : text[..AiqClientDefaults.MaxErrorMessageLength];
    }
}
