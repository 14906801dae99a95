using System.Text.Json.Serialization;
using AiqLoyalty.Core.Wire.Json;

namespace AiqLoyalty.Core.Wire;

/// <summary>One store of the merchant's AIQ account.</summary>
public sealed record AiqStore
{
    /// <summary>Integer store id.</summary>
    [JsonConverter(typeof(TolerantInt64Converter))]
    public long Id { get; init; }

    /// <summary>Store name.</summary>
    public string? Name { get; init; }
}
