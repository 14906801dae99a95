using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.Http;

namespace AiqLoyalty.Sandbox.Models;

/// <summary>How a request names a shopper: by phone or by email (phone wins when both are sent).</summary>
public sealed record ShopperIdentity(string? Phone, string? Email)
{
    /// <summary>The 404 message AIQ's guide names for an unknown shopper.</summary>
    public string NotFoundMessage => Phone is not null
        ? "No shopper exists with phone number"
        : "No shopper exists with email";

    /// <summary>Reads <c>phone</c>/<c>email</c> from a body. Returns an error when neither is usable.</summary>
    public static (ShopperIdentity? Identity, string? Error) FromBody(JsonObject body)
    {
        var phone = JsonValues.AsText(body["phone"])?.Trim();
        var email = JsonValues.AsText(body["email"])?.Trim();
        if (!string.IsNullOrEmpty(phone))
            return Pii.IsPhone(phone) ? (new ShopperIdentity(phone, null), null) : (null, "Invalid phone number: 10 digits expected");

        if (!string.IsNullOrEmpty(email))
            return Pii.IsEmail(email) ? (new ShopperIdentity(null, email), null) : (null, "Invalid email address");

        return (null, "A phone or an email is required");
    }

    /// <summary>Reads a single phone-or-email value (path segments, query strings).</summary>
    public static ShopperIdentity FromPii(string pii)
    {
        var value = pii.Trim();
        return Pii.LooksLikeEmail(value) ? new ShopperIdentity(null, value) : new ShopperIdentity(value, null);
    }
}
