namespace AiqLoyalty.Core.Carts;

/// <summary>The answer of <see cref="AbandonedCartRules.IsAbandoned"/>.</summary>
/// <param name="Reason">Null when the cart is abandoned, else why it is not.</param>
public sealed record AbandonmentCheck(CartNotAbandonedReason? Reason)
{
    /// <summary>The cart is abandoned.</summary>
    public static AbandonmentCheck Abandoned { get; } = new((CartNotAbandonedReason?)null);

    /// <summary>True when the cart should be sent to AIQ.</summary>
    public bool IsAbandoned => Reason is null;
}
