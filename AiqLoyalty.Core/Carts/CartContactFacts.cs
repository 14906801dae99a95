namespace AiqLoyalty.Core.Carts;

/// <summary>What the platform knows about whether a cart's shopper may be contacted.</summary>
public sealed record CartContactFacts
{
    /// <summary>The shopper is an AIQ member the store knows: AIQ gave the store a contact id for them.</summary>
    public bool IsKnownMember { get; init; }

    /// <summary>The shopper has an active newsletter subscription (with the cart's email, in the store).</summary>
    public bool HasNewsletterSubscription { get; init; }

    /// <summary>The shopper's latest answer to the chosen GDPR consent is "agree".</summary>
    public bool HasGdprConsent { get; init; }
}
