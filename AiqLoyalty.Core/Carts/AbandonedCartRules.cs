namespace AiqLoyalty.Core.Carts;

/// <summary>
/// Decides whether a cart is abandoned: it has lines and a contact, no order was placed at or after
/// its last change, and it has been idle at least the idle threshold but less than the maximum age.
/// </summary>
public static class AbandonedCartRules
{
    /// <summary>Checks <paramref name="cart"/> as of <paramref name="now"/>. Reasons are checked in the order of <see cref="CartNotAbandonedReason"/>.</summary>
    /// <param name="cart">The cart's facts.</param>
    /// <param name="options">The thresholds.</param>
    /// <param name="now">The current time.</param>
    public static AbandonmentCheck IsAbandoned(CartSnapshot cart, AbandonedCartOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(options);

        if (cart.LineCount <= 0 || cart.LastChangedAt is not { } changedAt)
            return new AbandonmentCheck(CartNotAbandonedReason.Empty);
        if (!cart.HasContact)
            return new AbandonmentCheck(CartNotAbandonedReason.NoContact);
        if (cart.LastOrderAt >= changedAt)
            return new AbandonmentCheck(CartNotAbandonedReason.OrderedSince);

        var idle = now - changedAt;
        if (idle < options.IdleThreshold)
            return new AbandonmentCheck(CartNotAbandonedReason.TooRecent);
        if (idle >= options.MaxAge)
            return new AbandonmentCheck(CartNotAbandonedReason.TooOld);
        return AbandonmentCheck.Abandoned;
    }
}
