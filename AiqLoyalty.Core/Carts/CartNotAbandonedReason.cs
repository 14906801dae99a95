namespace AiqLoyalty.Core.Carts;

/// <summary>Why a cart is not (or not yet) abandoned.</summary>
public enum CartNotAbandonedReason
{
    /// <summary>The cart has no lines.</summary>
    Empty,

    /// <summary>No phone or email is known, so AIQ cannot reach the shopper.</summary>
    NoContact,

    /// <summary>The shopper placed an order at or after the cart's last change.</summary>
    OrderedSince,

    /// <summary>Changed too recently; check again later.</summary>
    TooRecent,

    /// <summary>Idle longer than the maximum age; never sent.</summary>
    TooOld,

    /// <summary>The shopper may not be contacted: neither a known AIQ member nor a customer who gave marketing consent (<see cref="CartAudienceRules"/>).</summary>
    NoConsent
}
