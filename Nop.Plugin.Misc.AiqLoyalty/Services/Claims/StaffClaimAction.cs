namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>What staff ask for on the order page.</summary>
public enum StaffClaimAction
{
    /// <summary>Run the claim's next step again (a redemption or a refund).</summary>
    Retry,

    /// <summary>AIQ took the points: record the reward as redeemed.</summary>
    MarkRedeemed,

    /// <summary>The shopper has the points (none taken, or given back): let the reward go.</summary>
    Release
}
