using System.Text.Json.Nodes;

namespace AiqLoyalty.Sandbox.State;

/// <summary>A shopper's mutable state. Only touched under <see cref="SandboxState"/>'s lock.</summary>
internal sealed class ShopperRecord
{
    public required string ContactId { get; init; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public int LoyaltyPoints { get; set; }

    public bool HidePointsInWallet { get; set; }

    public List<string> TemplateIds { get; init; } = [];

    public OptIns OptIns { get; set; } = new(true, null, null);

    public string? FavoriteStore { get; set; }

    public long? FavoriteStoreId { get; set; }

    public JsonArray? CustomAttributes { get; set; }

    public SentCode? Code { get; set; }

    public List<RedemptionRecord> Redemptions { get; } = [];

    public List<AdjustmentRecord> Adjustments { get; } = [];

    public bool HasRedeemed(string templateId) => Redemptions.Exists(r => r.TemplateId == templateId);

    /// <summary>The balance the shopper-facing API reports: 0 for hidden-points brands.</summary>
    public int VisiblePoints => HidePointsInWallet ? 0 : LoyaltyPoints;

    public ShopperView ToView() => new(
        ContactId, Phone, Email, FirstName, LastName, LoyaltyPoints, HidePointsInWallet, OptIns,
        FavoriteStore, FavoriteStoreId, (JsonArray?)CustomAttributes?.DeepClone(),
        [.. TemplateIds], [.. Redemptions], [.. Adjustments]);
}
