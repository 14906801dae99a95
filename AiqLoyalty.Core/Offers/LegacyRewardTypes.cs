namespace AiqLoyalty.Core.Offers;

/// <summary>
/// [INFER] The words AIQ's legacy <c>rewardType</c> field may use for a percentage or a fixed-amount
/// reward. AIQ documents only "percentage"; the rest are our reading. Compared case-insensitively
/// after trimming. Any other word (e.g. "bogo") is not a $/% reward.
/// </summary>
internal static class LegacyRewardTypes
{
    private static readonly string[] PercentageWords = ["percentage", "percent", "%"];
    private static readonly string[] FixedAmountWords = ["dollar", "dollars", "fixed", "amount", "$"];

    /// <summary>Reads a legacy reward type; null when it is neither a percentage nor a fixed amount.</summary>
    public static RewardKind? Classify(string? rewardType)
    {
        var word = rewardType?.Trim();
        if (string.IsNullOrEmpty(word))
            return null;
        if (PercentageWords.Contains(word, StringComparer.OrdinalIgnoreCase))
            return RewardKind.Percentage;
        if (FixedAmountWords.Contains(word, StringComparer.OrdinalIgnoreCase))
            return RewardKind.FixedAmount;
        return null;
    }
}
