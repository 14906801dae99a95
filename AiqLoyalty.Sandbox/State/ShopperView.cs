using System.Text.Json.Nodes;

namespace AiqLoyalty.Sandbox.State;

/// <summary>A snapshot of a shopper for tests (<c>GET /_sandbox/shoppers/{pii}</c>).</summary>
/// <param name="ContactID">AIQ contact id.</param>
/// <param name="Phone">Phone, or null.</param>
/// <param name="Email">Email, or null.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="LoyaltyPoints">The real balance, even when the wallet hides it.</param>
/// <param name="HidePointsInWallet">True when the wallet reports 0 points.</param>
/// <param name="OptIns">Consent flags as last received.</param>
/// <param name="FavoriteStore">Favourite store name from signup.</param>
/// <param name="FavoriteStoreID">Favourite store id from signup.</param>
/// <param name="CustomAttributes">Custom attributes from signup, as received.</param>
/// <param name="TemplateIds">Templates in the wallet.</param>
/// <param name="Redemptions">Successful redemptions, oldest first.</param>
/// <param name="Adjustments">Points adjustments, oldest first.</param>
public sealed record ShopperView(
    string ContactID,
    string? Phone,
    string? Email,
    string? FirstName,
    string? LastName,
    int LoyaltyPoints,
    bool HidePointsInWallet,
    OptIns OptIns,
    string? FavoriteStore,
    long? FavoriteStoreID,
    JsonArray? CustomAttributes,
    IReadOnlyList<string> TemplateIds,
    IReadOnlyList<RedemptionRecord> Redemptions,
    IReadOnlyList<AdjustmentRecord> Adjustments);
