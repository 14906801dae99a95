using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;

/// <summary>Every row the plugin keeps about one customer, for the customer's GDPR export.</summary>
/// <param name="Verifications">PIN verification rows the customer started (customer and identity scopes).</param>
/// <param name="ConsentRecords">What the customer agreed to when joining AIQ.</param>
/// <param name="Claims">The customer's reward claims.</param>
/// <param name="CartSyncs">The customer's abandoned-cart sync rows.</param>
public sealed record AiqPersonalData(
    IReadOnlyList<AiqVerification> Verifications,
    IReadOnlyList<AiqConsentRecord> ConsentRecords,
    IReadOnlyList<AiqRewardClaim> Claims,
    IReadOnlyList<AiqCartSync> CartSyncs);
