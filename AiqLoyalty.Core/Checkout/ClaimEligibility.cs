using AiqLoyalty.Core.Offers;

namespace AiqLoyalty.Core.Checkout;

/// <summary>
/// The rules for applying one reward to an order, before anything is written: it must be in the
/// fresh wallet, not already applied, within the per-order limit, affordable and above its minimum.
/// "One live claim per reward per contact" across carts is the database's job (a unique key).
/// </summary>
public static class ClaimEligibility
{
    /// <summary>Decides whether <paramref name="templateId"/> may be applied now.</summary>
    /// <param name="wallet">The shopper's fresh wallet.</param>
    /// <param name="templateId">The reward chosen.</param>
    /// <param name="appliedTemplateIds">Rewards already applied to this order.</param>
    /// <param name="maxRewardsPerOrder">The store's limit.</param>
    /// <param name="orderSubtotal">The cart subtotal before discounts, when known.</param>
    /// <param name="storeDiscountAvailable">Whether a store discount is mapped to the reward's POS id.</param>
    /// <param name="pointsHeld">
    /// Points of the contact's rewards that are claimed (in any cart, any store on the same AIQ account)
    /// or ordered but not yet deducted by AIQ: the wallet's balance still counts them, so they are not
    /// spendable again.
    /// </param>
    public static (ApplyRefusal Refusal, RewardOffer? Offer) Check(WalletView wallet, string templateId,
        IReadOnlyCollection<string> appliedTemplateIds, int maxRewardsPerOrder, decimal? orderSubtotal, Func<RewardOffer, bool> storeDiscountAvailable,
        long pointsHeld = 0)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        ArgumentNullException.ThrowIfNull(appliedTemplateIds);
        ArgumentNullException.ThrowIfNull(storeDiscountAvailable);

        var offer = wallet.Offers.FirstOrDefault(o => string.Equals(o.TemplateId, templateId, StringComparison.Ordinal));
        if (offer is null)
            return (ApplyRefusal.NotOffered, null);
        if (appliedTemplateIds.Contains(templateId))
            return (ApplyRefusal.AlreadyApplied, offer);
        if (appliedTemplateIds.Count >= Math.Max(1, maxRewardsPerOrder))
            return (ApplyRefusal.MaxRewardsReached, offer);
        if (wallet.Points is { } points && offer.PointsCost > points - Math.Max(0, pointsHeld))
            return (ApplyRefusal.NotEnoughPoints, offer);
        if (offer.MinimumOrderTotal is { } minimum && orderSubtotal is { } subtotal && subtotal < minimum)
            return (ApplyRefusal.BelowMinimum, offer);
        if (offer.Kind == RewardKind.StoreDiscount && !storeDiscountAvailable(offer))
            return (ApplyRefusal.NotAvailableOnline, offer);
        return (ApplyRefusal.None, offer);
    }

    /// <summary>
    /// The key that the database keeps unique while a claim holds a reward: per AIQ account (UID), not
    /// per store, so two stores on one AIQ account cannot hold one reward twice.
    /// </summary>
    public static string LiveClaimKey(string accountUid, string contactId, string templateId) => $"{accountUid}:{contactId}:{templateId}";
}
