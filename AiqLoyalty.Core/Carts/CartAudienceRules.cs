namespace AiqLoyalty.Core.Carts;

/// <summary>
/// Decides whether an abandoned cart's shopper may be contacted by AIQ's recovery campaigns. AIQ
/// members the store knows were opted in through AIQ; anyone else needs marketing consent as the
/// store records it (newsletter subscription or a GDPR consent, as the merchant chose), unless the
/// merchant chose to send everyone with a contact.
/// </summary>
public static class CartAudienceRules
{
    /// <summary>Checks a cart's shopper against the store's audience.</summary>
    /// <param name="audience">Whose carts the store sends.</param>
    /// <param name="consentSource">What counts as marketing consent (used with <see cref="CartAudience.MembersAndConsented"/>).</param>
    /// <param name="facts">What the platform knows about the shopper.</param>
    /// <returns>Null when the cart may be sent, else <see cref="CartNotAbandonedReason.NoConsent"/>.</returns>
    public static CartNotAbandonedReason? Check(CartAudience audience, CartConsentSource consentSource, CartContactFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // An unknown stored value (a setting written around the page) means the privacy-preserving choice.
        if (audience == CartAudience.EveryoneWithContact)
            return null;
        if (facts.IsKnownMember)
            return null;

        var consented = consentSource switch
        {
            CartConsentSource.GdprConsent => facts.HasGdprConsent,
            CartConsentSource.NewsletterOrGdprConsent => facts.HasNewsletterSubscription || facts.HasGdprConsent,
            _ => facts.HasNewsletterSubscription
        };
        return consented ? null : CartNotAbandonedReason.NoConsent;
    }

    /// <summary>Whether the store needs the customers' newsletter subscriptions to decide.</summary>
    public static bool NeedsNewsletter(CartAudience audience, CartConsentSource consentSource) =>
        audience != CartAudience.EveryoneWithContact && consentSource != CartConsentSource.GdprConsent;

    /// <summary>Whether the store needs the customers' GDPR consent answers to decide.</summary>
    public static bool NeedsGdprConsent(CartAudience audience, CartConsentSource consentSource) =>
        audience != CartAudience.EveryoneWithContact && consentSource != CartConsentSource.Newsletter;
}
