using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiqLoyalty.Sandbox.Http;

/// <summary>Tolerant readers for JSON values: numbers may arrive as strings and vice versa.</summary>
public static class JsonValues
{
    /// <summary>A string or number as text; null for anything else or a missing field.</summary>
    public static string? AsText(JsonNode? node)
    {
        if (node is not JsonValue value)
            return null;

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
    }

    /// <summary>A boolean, or the strings "true"/"false"; null otherwise.</summary>
    public static bool? AsBool(JsonNode? node)
    {
        if (node is not JsonValue value)
            return null;

        return value.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetValue<string>(), out var parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>A JSON integer (no fraction, no string); null otherwise.</summary>
    public static long? AsStrictInteger(JsonNode? node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        return null;
    }

    /// <summary>A number or a numeric string, e.g. legacy <c>"200"</c>; null otherwise.</summary>
    public static decimal? AsLooseNumber(JsonNode? node)
    {
        var text = AsText(node);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }
}
