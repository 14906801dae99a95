using System.Text.Json.Serialization;
using AiqLoyalty.Core.Wire.Json;

namespace AiqLoyalty.Core.Wire;

/// <summary>
/// One reward in a shopper's wallet, in AIQ's wire field names (see docs/aiq-api.md, "The wallet
/// object"). Everything here is untrusted input: the offers mapper decides what may be used.
/// </summary>
public sealed record DiscountTemplate
{
    /// <summary>AIQ's template id.</summary>
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Id { get; init; }

    /// <summary>The merchant's mapped POS/store discount id, if any.</summary>
    [JsonPropertyName("posDiscountID")]
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? PosDiscountId { get; init; }

    /// <summary>Image URL (data, never markup).</summary>
    public string? Avatar { get; init; }

    /// <summary>Reward name.</summary>
    public string? Name { get; init; }

    /// <summary>Short headline such as "15% OFF".</summary>
    public string? PageTitle { get; init; }

    /// <summary>True when the reward can only be redeemed in store.</summary>
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool InStoreRedemption { get; init; }

    /// <summary>Points taken when redeemed.</summary>
    [JsonConverter(typeof(TolerantInt64Converter))]
    public long PointsDeduction { get; init; }

    /// <summary>Absolute URL to PUT once checkout has completed.</summary>
    [JsonPropertyName("redemptionURL")]
    public string? RedemptionUrl { get; init; }

    /// <summary>Fixed amount off, when this is a dollar reward.</summary>
    [JsonConverter(typeof(TolerantDecimalConverter))]
    public decimal? DollarValue { get; init; }

    /// <summary>Percent off, when this is a percentage reward.</summary>
    [JsonConverter(typeof(TolerantDecimalConverter))]
    public decimal? PercentageValue { get; init; }

    /// <summary>Legacy cap or minimum, depending on <see cref="Min"/>.</summary>
    [JsonConverter(typeof(TolerantDecimalConverter))]
    public decimal? PriceCap { get; init; }

    /// <summary>Legacy: true means the order must exceed <see cref="PriceCap"/>; false caps the discount at it.</summary>
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool Min { get; init; }

    /// <summary>Legacy reward type ("percentage", "dollar", "bogo", ...).</summary>
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? RewardType { get; init; }

    /// <summary>Legacy reward value, a numeric string.</summary>
    [JsonConverter(typeof(TolerantDecimalConverter))]
    public decimal? RewardValue { get; init; }

    /// <summary>Whether the shopper may use it now. Missing means available.</summary>
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool Available { get; init; } = true;

    /// <summary>Expiry in unix seconds; 0 means none.</summary>
    [JsonConverter(typeof(TolerantInt64Converter))]
    public long Expiration { get; init; }

    /// <summary>True when the reward can be redeemed more than once.</summary>
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool Reusable { get; init; }

    /// <summary>True for tier discounts.</summary>
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool TierDiscount { get; init; }
}
