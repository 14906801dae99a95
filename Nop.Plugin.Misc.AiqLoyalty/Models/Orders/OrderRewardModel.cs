using AiqLoyalty.Core.Redemption;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.Orders;

/// <summary>One reward on an order.</summary>
public record OrderRewardModel
{
    /// <summary>The claim.</summary>
    public int ClaimId { get; set; }

    /// <summary>The order (lists across orders).</summary>
    public int? OrderId { get; init; }

    /// <summary>Last change (UTC).</summary>
    public DateTime UpdatedOnUtc { get; init; }

    /// <summary>Reward name.</summary>
    public string Name { get; set; }

    /// <summary>AIQ template id.</summary>
    public string TemplateId { get; set; }

    /// <summary>Merchant's POS discount id.</summary>
    public string PosDiscountId { get; set; }

    /// <summary>Points taken (AIQ's pointsDeduction).</summary>
    public long PointsDeduction { get; set; }

    /// <summary>State name.</summary>
    public string State { get; set; }

    /// <summary>Attempts made.</summary>
    public int Attempts { get; set; }

    /// <summary>The last error.</summary>
    public string LastError { get; set; }

    /// <summary>When redeemed.</summary>
    public DateTime? RedeemedOnUtc { get; set; }

    /// <summary>When the points went back.</summary>
    public DateTime? RefundedOnUtc { get; set; }

    /// <summary>Whether staff can ask for another try now.</summary>
    public bool CanRetry { get; set; }

    /// <summary>
    /// Whether staff can release it: a reward recorded for the POS (model B) stays held until the POS
    /// redeems it or staff release it; a claim that needs attention is released when the shopper has the points.
    /// </summary>
    public bool CanRelease { get; set; }

    /// <summary>Whether staff can record it as redeemed (a claim that needs attention for a redemption).</summary>
    public bool CanMarkRedeemed { get; set; }

    /// <summary>The claim needs staff to decide.</summary>
    public bool NeedsAttention { get; set; }

    /// <summary>What staff must settle: "Redemption" or "Refund", when it needs attention.</summary>
    public string AttentionReason { get; set; }

    /// <summary>The order was cancelled and its points have not gone back yet.</summary>
    public bool RefundPending { get; set; }

    /// <summary>Builds the row with the actions staff may take now.</summary>
    public static OrderRewardModel From(AiqRewardClaim claim, IReadOnlyCollection<StaffClaimAction> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var model = From(claim);
        model.CanRetry = allowed.Contains(StaffClaimAction.Retry);
        model.CanRelease = allowed.Contains(StaffClaimAction.Release);
        model.CanMarkRedeemed = allowed.Contains(StaffClaimAction.MarkRedeemed);
        return model;
    }

    /// <summary>Builds the row (no actions).</summary>
    public static OrderRewardModel From(AiqRewardClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var state = (ClaimState)claim.StateId;
        return new OrderRewardModel
        {
            ClaimId = claim.Id,
            UpdatedOnUtc = claim.UpdatedOnUtc,
            Name = claim.RewardName,
            TemplateId = claim.TemplateId,
            PosDiscountId = claim.PosDiscountId,
            PointsDeduction = claim.PointsDeduction,
            State = state switch
            {
                ClaimState.RecordedForPos when claim.RedemptionModelId == (int)AiqRedemptionModel.RecordForPos => "Recorded for the POS",
                ClaimState.NeedsAttention => "Needs attention",
                ClaimState.RefundNeedsAttention => "Refund needs attention",
                _ => state.ToString()
            },
            Attempts = claim.Attempts,
            LastError = claim.LastError,
            RedeemedOnUtc = claim.RedeemedOnUtc,
            RefundedOnUtc = claim.RefundedOnUtc,
            NeedsAttention = ClaimStateMachine.NeedsStaff(state),
            AttentionReason = state switch { ClaimState.NeedsAttention => "Redemption", ClaimState.RefundNeedsAttention => "Refund", _ => null },
            RefundPending = claim.RefundRequested && state is ClaimState.Redeemed or ClaimState.Refunding or ClaimState.Redeeming
                or ClaimState.OutcomeUnknown or ClaimState.NeedsAttention or ClaimState.RefundNeedsAttention
        };
    }
}
