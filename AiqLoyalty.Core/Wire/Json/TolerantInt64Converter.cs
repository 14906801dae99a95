using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiqLoyalty.Core.Wire.Json;

/// <summary>
/// Reads a whole number sent as a number or a numeric string; fractions are truncated toward zero,
/// anything unreadable becomes 0 (AIQ's documented default for a missing number).
/// </summary>
public sealed class TolerantInt64Converter : JsonConverter<long>
{
    /// <inheritdoc />
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var whole))
                    return whole;
                return reader.TryGetDecimal(out var fraction) && fraction is >= long.MinValue and <= long.MaxValue
                    ? (long)decimal.Truncate(fraction)
                    : 0;
            case JsonTokenType.String:
                return decimal.TryParse(reader.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
                    && parsed is >= long.MinValue and <= long.MaxValue
                    ? (long)decimal.Truncate(parsed)
                    : 0;
            default:
                reader.Skip();
                return 0;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
