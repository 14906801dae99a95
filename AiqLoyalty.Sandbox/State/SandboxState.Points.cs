using System.Text.Json.Nodes;

namespace AiqLoyalty.Sandbox.State;

/// <summary>Redemptions and points adjustments.</summary>
public sealed partial class SandboxState
{
    /// <summary>Redeems a template through a token the wallet issued; atomic under the lock.</summary>
    internal Outcome Redeem(string templateId, string token, string? transactionId)
    {
        lock (_gate)
        {
            if (!_tokenOwners.TryGetValue(token, out var owner) || owner.TemplateId != templateId)
                return Outcome.Fail(StatusCodes.Status404NotFound, Messages.UnknownRedemption);

            var shopper = _shoppers.Find(s => s.ContactId == owner.ContactId);
            if (shopper is null)
                return Outcome.Fail(StatusCodes.Status404NotFound, Messages.UnknownRedemption);

            var info = _templateInfo[templateId];
            var now = Time.GetUtcNow();
            if (!info.Reusable && shopper.HasRedeemed(templateId))
                return Outcome.Fail(StatusCodes.Status409Conflict, Messages.AlreadyRedeemed);

            if (info.IsExpiredAt(now))
                return Outcome.Fail(StatusCodes.Status400BadRequest, Messages.Expired);

            if (shopper.LoyaltyPoints < info.PointsDeduction)
                return Outcome.Fail(StatusCodes.Status400BadRequest, Messages.InsufficientPoints);

            shopper.LoyaltyPoints -= info.PointsDeduction;
            shopper.Redemptions.Add(new RedemptionRecord(templateId, info.PointsDeduction, transactionId, now));
            return Outcome.Ok(new JsonObject { ["redeemed"] = true, ["loyaltyPoints"] = shopper.VisiblePoints });
        }
    }

    /// <summary>Adds (or with a negative value removes) points; the balance may not go negative.</summary>
    internal Outcome Adjust(string contactId, int value, string? note)
    {
        lock (_gate)
        {
            var shopper = _shoppers.Find(s => s.ContactId == contactId);
            if (shopper is null)
                return Outcome.Fail(StatusCodes.Status404NotFound, Messages.UnknownContact);

            var balance = (long)shopper.LoyaltyPoints + value;
            if (balance is < 0 or > int.MaxValue)
                return Outcome.Fail(StatusCodes.Status400BadRequest, "The balance may not go negative");

            shopper.LoyaltyPoints += value;
            shopper.Adjustments.Add(new AdjustmentRecord(value, note, Time.GetUtcNow()));
            return Outcome.Ok(new JsonObject { ["loyaltyPoints"] = shopper.VisiblePoints });
        }
    }
}
