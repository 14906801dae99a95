namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>One cart the selection query found: its owner and its newest change.</summary>
public record AbandonedCartCandidate
{
    /// <summary>The cart owner.</summary>
    public int CustomerId { get; init; }

    /// <summary>The newest UpdatedOnUtc of the cart's items.</summary>
    public DateTime LastChangeUtc { get; init; }
}
