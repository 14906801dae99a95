using AiqLoyalty.Core.Redemption;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>The order notes a claim's state changes leave for staff and auditors.</summary>
public interface IClaimOrderNotes
{
    /// <summary>Adds the note for reaching <paramref name="state"/>, when the claim has an order and the state has a note.</summary>
    Task AddAsync(AiqRewardClaim claim, ClaimState state);
}
