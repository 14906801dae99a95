namespace AiqLoyalty.Core.Carts;

/// <summary>What counts as a customer's marketing consent for <see cref="CartAudience.MembersAndConsented"/>.</summary>
public enum CartConsentSource
{
    /// <summary>An active newsletter subscription of the cart's email in the store. The default (0).</summary>
    Newsletter = 0,

    /// <summary>The customer's latest answer to the chosen GDPR consent is "agree".</summary>
    GdprConsent = 1,

    /// <summary>Either of the two.</summary>
    NewsletterOrGdprConsent = 2
}
