using AiqLoyalty.Core.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>The result of applying a reward: the claim, or why not.</summary>
/// <param name="Refusal">Why not, or <see cref="ApplyRefusal.None"/>.</param>
/// <param name="Claim">The claim, when applied.</param>
public sealed record ApplyResult(ApplyRefusal Refusal, AiqRewardClaim Claim = null)
{
    /// <summary>True when applied.</summary>
    public bool Applied => Refusal == ApplyRefusal.None && Claim is not null;
}
