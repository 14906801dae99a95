using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.Models;

namespace AiqLoyalty.Sandbox.State;

/// <summary>Signup (upsert) and membership lookup.</summary>
public sealed partial class SandboxState
{
    /// <summary>Creates a member (0 points, welcome templates) or updates the one with that phone/email.</summary>
    internal Outcome Upsert(SignupRequest request)
    {
        lock (_gate)
        {
            var shopper = (request.MobilePhone is null ? null : FindShopper(new ShopperIdentity(request.MobilePhone, null)))
                ?? (request.Email is null ? null : FindShopper(new ShopperIdentity(null, request.Email)));
            var created = shopper is null;
            if (shopper is null)
            {
                shopper = new ShopperRecord
                {
                    ContactId = "c_" + RandomToken(12),
                    TemplateIds = [.. Seed.WelcomeTemplateIds],
                    OptIns = new OptIns(null, null, null),
                };
                _shoppers.Add(shopper);
            }

            // Fill in a missing phone/email unless another shopper already owns it.
            if (shopper.Phone is null && request.MobilePhone is not null
                && FindShopper(new ShopperIdentity(request.MobilePhone, null)) is null)
            {
                shopper.Phone = request.MobilePhone;
            }

            if (shopper.Email is null && request.Email is not null
                && FindShopper(new ShopperIdentity(null, request.Email)) is null)
            {
                shopper.Email = request.Email;
            }

            shopper.FirstName = request.FirstName ?? shopper.FirstName;
            shopper.LastName = request.LastName ?? shopper.LastName;
            shopper.FavoriteStore = request.FavoriteStore ?? shopper.FavoriteStore;
            shopper.FavoriteStoreId = request.FavoriteStoreId ?? shopper.FavoriteStoreId;
            shopper.CustomAttributes = request.CustomAttributes ?? shopper.CustomAttributes;

            // Flags are stored exactly as sent; a flag that was not sent keeps its old value.
            shopper.OptIns = new OptIns(
                request.Loyalty ?? shopper.OptIns.Loyalty,
                request.SmsOptIn ?? shopper.OptIns.SmsOptIn,
                request.EmailOptIn ?? shopper.OptIns.EmailOptIn);

            return Outcome.Ok(new JsonObject { ["contactID"] = shopper.ContactId, ["created"] = created });
        }
    }

    /// <summary>Whether a phone or email belongs to a member.</summary>
    internal Outcome Lookup(ShopperIdentity identity)
    {
        lock (_gate)
        {
            var shopper = FindShopper(identity);
            return shopper is null
                ? Outcome.Fail(StatusCodes.Status404NotFound, identity.NotFoundMessage)
                : Outcome.Ok(new JsonObject { ["contactID"] = shopper.ContactId, ["loyalty"] = shopper.OptIns.Loyalty ?? true });
        }
    }
}
