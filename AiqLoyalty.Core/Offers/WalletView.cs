namespace AiqLoyalty.Core.Offers;

/// <summary>What the plugin may show and use from a shopper's wallet.</summary>
public sealed record WalletView
{
    /// <summary>AIQ's contact id, trimmed; null when AIQ sent none (the wallet-by-PIN call sends it).</summary>
    public string? ContactId { get; init; }

    /// <summary>The point balance, or null when the brand hides points.</summary>
    public long? Points { get; init; }

    /// <summary>Rewards usable at online checkout, in wallet order.</summary>
    public IReadOnlyList<RewardOffer> Offers { get; init; } = [];

    /// <summary>Templates not offered online, in wallet order, with the reason.</summary>
    public IReadOnlyList<RejectedTemplate> NotOffered { get; init; } = [];
}
