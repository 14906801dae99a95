using AiqLoyalty.Core.Redemption;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>
/// Order notes for redeemed, refunded, failed, released and needs-attention claims (never shown to
/// the customer). Reward names and errors come from AIQ: nopCommerce encodes notes when it shows them.
/// </summary>
public class ClaimOrderNotes : IClaimOrderNotes
{
    private readonly IOrderService _orderService;
    private readonly TimeProvider _clock;

    /// <summary>Creates the notes writer.</summary>
    public ClaimOrderNotes(IOrderService orderService, TimeProvider clock)
    {
        _orderService = orderService;
        _clock = clock;
    }

    /// <inheritdoc />
    public async Task AddAsync(AiqRewardClaim claim, ClaimState state)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.OrderId is not { } orderId || Compose(claim, state) is not { } note)
            return;
        await _orderService.InsertOrderNoteAsync(new OrderNote { OrderId = orderId, Note = note, DisplayToCustomer = false, CreatedOnUtc = _clock.GetUtcNow().UtcDateTime });
    }

    /// <summary>The note for reaching <paramref name="state"/>, or null when that state has none.</summary>
    public static string Compose(AiqRewardClaim claim, ClaimState state)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return state switch
        {
            ClaimState.Redeemed => $"AIQ loyalty: reward \"{claim.RewardName}\" (template {claim.TemplateId}) redeemed; pointsDeduction {claim.PointsDeduction}.",
            ClaimState.Refunded => $"AIQ loyalty: {claim.PointsDeduction} points for \"{claim.RewardName}\" returned to the shopper (key {claim.IdempotencyKey}).",
            ClaimState.FailedFinal => $"AIQ loyalty: redeeming \"{claim.RewardName}\" failed: {claim.LastError}",
            ClaimState.Released => $"AIQ loyalty: reward \"{claim.RewardName}\" released; no points were taken.",
            ClaimState.NeedsAttention => $"AIQ loyalty: reward \"{claim.RewardName}\" needs attention (were the points taken?): {claim.LastError}",
            ClaimState.RefundNeedsAttention => $"AIQ loyalty: returning the points for \"{claim.RewardName}\" needs attention (were they given back?): {claim.LastError}",
            _ => null
        };
    }
}
