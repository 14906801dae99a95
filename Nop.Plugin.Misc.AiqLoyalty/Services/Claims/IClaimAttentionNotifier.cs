using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>Tells the store owner that a claim needs attention.</summary>
public interface IClaimAttentionNotifier
{
    /// <summary>Queues the store owner's email for the claim (nopCommerce's message template).</summary>
    Task NotifyAsync(AiqRewardClaim claim);
}
