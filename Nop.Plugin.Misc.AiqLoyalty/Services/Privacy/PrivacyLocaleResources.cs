namespace Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;

/// <summary>The texts of who may be contacted (abandoned carts), the AIQ store id and the GDPR export (English).</summary>
public static class PrivacyLocaleResources
{
    private const string P = "Plugins.Misc.AiqLoyalty";

    /// <summary>Resource name to English text.</summary>
    public static IReadOnlyDictionary<string, string> All => new Dictionary<string, string>
    {
        [$"{P}.Fields.AbandonedCartAudience"] = "Send carts of",
        [$"{P}.Fields.AbandonedCartAudience.Hint"] = "Who AIQ may contact about an abandoned cart. \"AIQ members and customers who gave marketing consent\" (recommended) sends the carts of shoppers the store knows as AIQ members and of customers whose consent is recorded as chosen below; the others are logged as \"Skipped: no consent\". \"Everyone with a phone or email\" also sends the carts of guests and customers who never agreed to marketing, including a guest's unverified billing phone: AIQ may then text or email people who did not ask for it, and you answer for that consent (TCPA, CASL, GDPR).",
        [$"{P}.Fields.AbandonedCartConsentSource"] = "Marketing consent is",
        [$"{P}.Fields.AbandonedCartConsentSource.Hint"] = "What counts as a customer's marketing consent: an active newsletter subscription of the cart's email in this store, the customer's \"agree\" to the GDPR consent chosen below (their latest answer), or either.",
        [$"{P}.Fields.AbandonedCartGdprConsent"] = "GDPR consent",
        [$"{P}.Fields.AbandonedCartGdprConsent.Hint"] = "The GDPR consent (Configuration > Settings > GDPR settings) that asks for marketing messages. Used when marketing consent includes a GDPR consent.",
        [$"{P}.Fields.AiqStore"] = "AIQ store id",
        [$"{P}.Fields.AiqStore.Hint"] = "AIQ's number for this store (AIQ's store list), sent with each cart so AIQ knows the store. 0: not sent.",
        [$"{P}.Configuration.AudienceNote"] = "Recommended: send only the carts of AIQ members and customers who gave marketing consent. \"Everyone with a phone or email\" lets AIQ contact shoppers who never agreed to marketing.",
        [$"{P}.CartAudience.MembersAndConsented"] = "AIQ members and customers who gave marketing consent (recommended)",
        [$"{P}.CartAudience.EveryoneWithContact"] = "Everyone with a phone or email",
        [$"{P}.ConsentSource.Newsletter"] = "Newsletter subscription",
        [$"{P}.ConsentSource.GdprConsent"] = "The GDPR consent below",
        [$"{P}.ConsentSource.NewsletterOrGdprConsent"] = "Newsletter subscription or the GDPR consent below",
        [$"{P}.GdprConsent.None"] = "None",
        [$"{P}.Validation.GdprConsent"] = "Choose the GDPR consent that counts as marketing consent.",
        [$"{P}.SyncLog.Status.SkippedNoConsent"] = "Skipped: no consent"
    };
}
