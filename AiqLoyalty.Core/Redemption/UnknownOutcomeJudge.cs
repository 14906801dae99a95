namespace AiqLoyalty.Core.Redemption;

/// <summary>
/// Settles a redemption PUT or a points adjustment whose answer never came, from what the shopper's
/// wallet and balance show afterwards compared with the balance read just before the call. Only
/// evidence that points cannot explain otherwise counts; anything else is
/// <see cref="UnknownOutcomeVerdict.Ambiguous"/> and goes to staff.
/// </summary>
public static class UnknownOutcomeJudge
{
    /// <summary>Did the redemption PUT reach AIQ?</summary>
    /// <param name="claim">The claim, with <see cref="RedemptionClaim.PointsBefore"/> when it was read.</param>
    /// <param name="stillOffered">Whether the wallet still lists the reward.</param>
    /// <param name="pointsNow">The balance now.</param>
    public static UnknownOutcomeVerdict JudgeRedemption(RedemptionClaim claim, bool stillOffered, long pointsNow)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (!claim.Reusable)
        {
            // A single-use reward leaves the wallet when it is redeemed.
            if (!stillOffered)
                return UnknownOutcomeVerdict.Applied;
            return claim.PointsBefore is not { } before || pointsNow == before
                ? UnknownOutcomeVerdict.NotApplied
                : UnknownOutcomeVerdict.Ambiguous;
        }

        // A reusable reward stays in the wallet either way: only the balance can tell.
        if (claim.PointsBefore is not { } previous || claim.PointsDeduction <= 0)
            return UnknownOutcomeVerdict.Ambiguous;
        if (pointsNow == previous - claim.PointsDeduction)
            return UnknownOutcomeVerdict.Applied;
        return pointsNow == previous ? UnknownOutcomeVerdict.NotApplied : UnknownOutcomeVerdict.Ambiguous;
    }

    /// <summary>Did the points adjustment (the refund of a cancelled order) reach AIQ?</summary>
    /// <param name="claim">The claim, with <see cref="RedemptionClaim.PointsBefore"/> when it was read.</param>
    /// <param name="pointsNow">The balance now.</param>
    public static UnknownOutcomeVerdict JudgeRefund(RedemptionClaim claim, long pointsNow)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.PointsBefore is not { } before)
            return UnknownOutcomeVerdict.Ambiguous;
        if (pointsNow == before + claim.PointsDeduction)
            return UnknownOutcomeVerdict.Applied;
        return pointsNow == before ? UnknownOutcomeVerdict.NotApplied : UnknownOutcomeVerdict.Ambiguous;
    }
}
