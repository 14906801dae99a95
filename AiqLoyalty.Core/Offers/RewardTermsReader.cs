using AiqLoyalty.Core.Wire;

namespace AiqLoyalty.Core.Offers;

/// <summary>
/// Decides what kind of reward a template is, refusing anything that could turn into a bigger
/// discount than AIQ meant. Order: dollarValue, percentageValue, legacy rewardType/rewardValue,
/// then a mapped store discount (posDiscountID).
/// </summary>
internal static class RewardTermsReader
{
    /// <summary>Highest percentage a reward may take off.</summary>
    public const decimal MaxPercentage = 100m;

    /// <summary>Reads the terms of <paramref name="template"/>.</summary>
    /// <returns>Null when the template is usable (then <paramref name="terms"/> is set), else why not.</returns>
    public static NotOfferedReason? Read(DiscountTemplate template, out RewardTerms? terms)
    {
        terms = null;
        if (IsNegative(template.DollarValue) || IsNegative(template.PercentageValue)
            || IsNegative(template.RewardValue) || IsNegative(template.PriceCap) || template.PointsDeduction < 0)
            return NotOfferedReason.Invalid;

        var dollars = template.DollarValue ?? 0m;
        var percent = template.PercentageValue ?? 0m;
        if (dollars > 0m && percent > 0m)
            return NotOfferedReason.Invalid;
        if (dollars > 0m)
            return Accept(new RewardTerms(RewardKind.FixedAmount, dollars, null), out terms);
        if (percent > 0m)
            return percent <= MaxPercentage ? Accept(new RewardTerms(RewardKind.Percentage, null, percent), out terms) : NotOfferedReason.Invalid;

        var value = template.RewardValue ?? 0m;
        switch (LegacyRewardTypes.Classify(template.RewardType))
        {
            case RewardKind.Percentage:
                return value is > 0m and <= MaxPercentage
                    ? Accept(new RewardTerms(RewardKind.Percentage, null, value), out terms)
                    : NotOfferedReason.Invalid;
            case RewardKind.FixedAmount:
                return value > 0m
                    ? Accept(new RewardTerms(RewardKind.FixedAmount, value, null), out terms)
                    : NotOfferedReason.Invalid;
        }

        return string.IsNullOrWhiteSpace(template.PosDiscountId)
            ? NotOfferedReason.Unsupported
            : Accept(new RewardTerms(RewardKind.StoreDiscount, null, null), out terms);
    }

    private static bool IsNegative(decimal? value) => value is < 0m;

    private static NotOfferedReason? Accept(RewardTerms accepted, out RewardTerms? terms)
    {
        terms = accepted;
        return null;
    }
}
