using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiqLoyalty.Core.Wire.Json;

/// <summary>
/// Reads a decimal that AIQ may send as a number, a numeric string (legacy <c>"priceCap": "100"</c>),
/// an empty string or null. Anything unreadable becomes null instead of failing the whole payload.
/// </summary>
public sealed class TolerantDecimalConverter : JsonConverter<decimal?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number) ? number : null;
            case JsonTokenType.String:
                var text = reader.GetString();
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is null)
            writer.WriteNullValue();
        else
            writer.WriteNumberValue(value.Value);
    }
}
