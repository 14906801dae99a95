using System.Text.Json.Serialization;
using AiqLoyalty.Core.Wire.Json;

namespace AiqLoyalty.Core.Wire;

/// <summary>
/// AIQ's response wrapper: the payload in <c>data</c>, legacy <c>code</c>/<c>success</c>, and
/// <c>errors</c> on failure.
/// </summary>
/// <typeparam name="T">The payload type.</typeparam>
public sealed record AiqEnvelope<T>
{
    /// <summary>The payload.</summary>
    public T? Data { get; init; }

    /// <summary>Legacy success flag.</summary>
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool Success { get; init; }

    /// <summary>Legacy status code.</summary>
    [JsonConverter(typeof(TolerantInt64Converter))]
    public long Code { get; init; }

    /// <summary>Error messages, when any.</summary>
    public IReadOnlyList<AiqErrorMessage>? Errors { get; init; }
}
