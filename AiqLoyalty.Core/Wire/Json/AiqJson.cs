using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiqLoyalty.Core.Wire.Json;

/// <summary>
/// The JSON settings for AIQ's wire format: camelCase names, case-insensitive reads, unknown
/// fields ignored, nulls omitted on write.
/// </summary>
public static class AiqJson
{
    /// <summary>Options shared by the client and by tests that read wire payloads.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
