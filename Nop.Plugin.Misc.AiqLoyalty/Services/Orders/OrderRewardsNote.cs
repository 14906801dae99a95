using System.Globalization;
using System.Text;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Orders;

/// <summary>
/// The order note auditors read: each reward with its AIQ template, POS discount id and
/// pointsDeduction, and the total (AIQ's "enterprise support advice").
/// </summary>
public static class OrderRewardsNote
{
    /// <summary>Composes the note.</summary>
    public static string Compose(IReadOnlyCollection<AiqRewardClaim> claims, AiqRedemptionModel model)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var note = new StringBuilder("AIQ loyalty rewards used: ");
        note.Append(string.Join("; ", claims.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.RewardName} (AIQ template {c.TemplateId}{(string.IsNullOrEmpty(c.PosDiscountId) ? string.Empty : $", POS discount {c.PosDiscountId}")}) pointsDeduction {c.PointsDeduction}"))));
        note.Append(CultureInfo.InvariantCulture, $". Total pointsDeduction: {claims.Sum(c => c.PointsDeduction)}. ");
        note.Append(model == AiqRedemptionModel.RecordForPos
            ? "Redemption model B: redeem these rewards at the POS; AIQ's balance is not changed online."
            : "Redemption model A: points are deducted through AIQ once, by the plugin's redemption worker.");
        return note.ToString();
    }
}
