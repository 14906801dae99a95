namespace AiqLoyalty.Core.Offers;

/// <summary>How a reward takes money off an order.</summary>
public enum RewardKind
{
    /// <summary>A fixed amount off (<see cref="RewardOffer.Amount"/>).</summary>
    FixedAmount,

    /// <summary>A percentage off (<see cref="RewardOffer.Percentage"/>).</summary>
    Percentage,

    /// <summary>
    /// A reward the core cannot price (BOGO, product-level): honoured only through the merchant's
    /// store discount mapped by <see cref="RewardOffer.PosDiscountId"/>.
    /// </summary>
    StoreDiscount
}
