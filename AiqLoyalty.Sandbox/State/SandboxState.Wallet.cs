using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.Models;

namespace AiqLoyalty.Sandbox.State;

/// <summary>The wallet object.</summary>
public sealed partial class SandboxState
{
    /// <summary>The wallet without a code (<c>POST /api/v2/wallet</c>).</summary>
    internal Outcome GetWallet(ShopperIdentity identity, WalletContext context)
    {
        lock (_gate)
        {
            var shopper = FindShopper(identity);
            return shopper is null
                ? Outcome.Fail(StatusCodes.Status404NotFound, identity.NotFoundMessage)
                : Outcome.Ok(BuildWallet(shopper, context));
        }
    }

    // Caller holds the lock.
    private JsonObject BuildWallet(ShopperRecord shopper, WalletContext context)
    {
        var now = Time.GetUtcNow();
        var templates = new JsonArray();
        foreach (var id in shopper.TemplateIds)
        {
            var info = _templateInfo[id];
            if (!info.Reusable && shopper.HasRedeemed(id))
                continue;

            var template = (JsonObject)_templates[id].DeepClone();
            template["redemptionURL"] =
                $"{context.BaseUrl}/api/v1.1/discount/redeem/{context.Uid}/{Uri.EscapeDataString(id)}/{TokenFor(shopper.ContactId, id)}";
            template["available"] = info.Available && !info.IsExpiredAt(now) && shopper.LoyaltyPoints >= info.PointsDeduction;
            templates.Add(template);
        }

        var wallet = new JsonObject
        {
            ["contactID"] = shopper.ContactId,
            ["loyaltyPoints"] = shopper.VisiblePoints,
            ["hidePointsInWallet"] = shopper.HidePointsInWallet,
        };
        if (context.Badges)
            wallet["audiences"] = new JsonArray(new JsonObject { ["name"] = "Member", ["avatar"] = "" });

        wallet["discountTemplates"] = templates;
        return wallet;
    }

    // Caller holds the lock. One opaque token per (shopper, template), stable until reset.
    private string TokenFor(string contactId, string templateId)
    {
        if (!_tokens.TryGetValue((contactId, templateId), out var token))
        {
            token = RandomToken(24);
            _tokens[(contactId, templateId)] = token;
            _tokenOwners[token] = (contactId, templateId);
        }

        return token;
    }
}
