using Nop.Data.Mapping;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Mapping;

/// <summary>
/// Gives the plugin's tables their own prefixed names.
/// </summary>
public class AiqLoyaltyNameCompatibility : INameCompatibility
{
    /// <summary>Table names by entity type.</summary>
    public Dictionary<Type, string> TableNames => new()
    {
        [typeof(AiqVerification)] = AiqLoyaltyDefaults.Tables.Verification,
        [typeof(AiqRewardClaim)] = AiqLoyaltyDefaults.Tables.RewardClaim,
        [typeof(AiqRewardClaimLock)] = AiqLoyaltyDefaults.Tables.RewardClaimLock,
        [typeof(AiqConsentRecord)] = AiqLoyaltyDefaults.Tables.ConsentRecord,
        [typeof(AiqCartSync)] = AiqLoyaltyDefaults.Tables.CartSync,
        [typeof(AiqRateCounter)] = AiqLoyaltyDefaults.Tables.RateCounter,
        [typeof(AiqCallLogEntry)] = AiqLoyaltyDefaults.Tables.CallLog
    };

    /// <summary>No renamed columns.</summary>
    public Dictionary<(Type, string), string> ColumnName => new();
}
