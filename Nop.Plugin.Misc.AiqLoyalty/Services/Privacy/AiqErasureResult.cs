namespace Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;

/// <summary>What erasing one customer did.</summary>
/// <param name="VerificationsDeleted">Verification rows deleted.</param>
/// <param name="RateCountersDeleted">Per-identity wrong-code budgets deleted.</param>
/// <param name="CartSyncsDeleted">Abandoned-cart sync rows deleted.</param>
/// <param name="ConsentRecordsAnonymised">Consent records whose identity and contact were cleared.</param>
/// <param name="ClaimsReleased">Claims applied to the cart that were released first.</param>
/// <param name="ClaimsAnonymised">Claims whose contact, identity and capabilities were cleared.</param>
/// <param name="ClaimsWaiting">Claims AIQ still has to settle, left as they are until they settle.</param>
public sealed record AiqErasureResult(int VerificationsDeleted, int RateCountersDeleted, int CartSyncsDeleted, int ConsentRecordsAnonymised,
    int ClaimsReleased, int ClaimsAnonymised, int ClaimsWaiting);
