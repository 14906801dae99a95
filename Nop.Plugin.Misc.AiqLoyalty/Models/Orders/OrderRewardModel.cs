using AiqLoyalty.Core.Redemption;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.Orders;

/// <summary>One reward on an order.</summary>
public record OrderRewardModel
{
    /// <summary>The claim.</summary>
    public int ClaimId { get; set; }

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

    /// <summary>Whether staff can release it: a reward recorded for the POS (model B) stays held until the POS redeems it or staff release it.</summary>
    public bool CanRelease { get; set; }

    /// <summary>Builds the row.</summary>
    public static OrderRewardModel From(AiqRewardClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var state = (ClaimState)claim.StateId;
        return new OrderRewardModel
        {
            ClaimId = claim.Id,
            Name = claim.RewardName,
            TemplateId = claim.TemplateId,
            PosDiscountId = claim.PosDiscountId,
            PointsDeduction = claim.PointsDeduction,
            State = claim.RedemptionModelId == (int)AiqRedemptionModel.RecordForPos && state == ClaimState.RecordedForPos ? "Recorded for the POS" : state.ToString(),
            Attempts = claim.Attempts,
            LastError = claim.LastError,
            RedeemedOnUtc = claim.RedeemedOnUtc,
            RefundedOnUtc = claim.RefundedOnUtc,
            CanRelease = state == ClaimState.RecordedForPos,
            CanRetry = state is ClaimState.FailedRetryable or ClaimState.OutcomeUnknown or ClaimState.Redeeming or ClaimState.Placed
                || (state == ClaimState.Redeemed && claim.RefundRequested)
        };
    }
}
