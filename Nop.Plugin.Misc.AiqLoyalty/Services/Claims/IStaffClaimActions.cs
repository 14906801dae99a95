namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>Staff decisions on an order's reward claims (retry, mark redeemed, release).</summary>
public interface IStaffClaimActions
{
    /// <summary>Carries out <paramref name="action"/> on the claim of <paramref name="orderId"/>, as one conditional write.</summary>
    Task<StaffClaimOutcome> ApplyAsync(int claimId, int orderId, StaffClaimAction action);

    /// <summary>The actions the claim's state allows now (what the order page offers).</summary>
    IReadOnlyList<StaffClaimAction> Allowed(Domain.AiqRewardClaim claim, DateTime nowUtc);
}
