using AiqLoyalty.Core.Wire.Json;
using System.Text.Json.Serialization;

namespace AiqLoyalty.Core.Wire;

/// <summary>A balance returned by the redeem and adjust calls [INFER: shape not published].</summary>
public sealed record PointsBalance
{
    /// <summary>The balance after the call, when returned.</summary>
    [JsonConverter(typeof(TolerantInt64Converter))]
    public long LoyaltyPoints { get; init; }
}
