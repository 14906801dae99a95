using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiqLoyalty.Core.Wire.Json;

/// <summary>
/// Reads a boolean sent as true/false, "true"/"false", or 1/0. Anything else reads as false.
/// </summary>
public sealed class TolerantBooleanConverter : JsonConverter<bool>
{
    /// <inheritdoc />
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var number) && number != 0;
            case JsonTokenType.String:
                var text = reader.GetString()?.Trim();
                return string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || text == "1";
            default:
                reader.Skip();
                return false;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
