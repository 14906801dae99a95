using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.Http;

namespace AiqLoyalty.Sandbox.Models;

/// <summary>The body of <c>POST /api/v2/loyalty</c>, read tolerantly. Null means "not sent".</summary>
public sealed record SignupRequest(
    string? MobilePhone,
    string? Email,
    string? FirstName,
    string? LastName,
    bool? Loyalty,
    bool? SmsOptIn,
    bool? EmailOptIn,
    string? FavoriteStore,
    long? FavoriteStoreId,
    JsonArray? CustomAttributes)
{
    /// <summary>Parses and validates a signup body; returns an error message for a 400.</summary>
    public static (SignupRequest? Request, string? Error) Parse(JsonObject body)
    {
        var phone = NullIfBlank(JsonValues.AsText(body["mobilePhone"]));
        var email = NullIfBlank(JsonValues.AsText(body["email"]));
        if (phone is null && email is null)
            return (null, "A mobilePhone or an email is required");

        if (phone is not null && !Pii.IsPhone(phone))
            return (null, "Invalid phone number: 10 digits expected");

        if (email is not null && !Pii.IsEmail(email))
            return (null, "Invalid email address");

        long? storeId = null;
        if (body["favoriteStoreID"] is { } storeNode)
        {
            // [CODE] favoriteStoreID is an integer; a string here is a client bug worth surfacing.
            storeId = JsonValues.AsStrictInteger(storeNode);
            if (storeId is null)
                return (null, "favoriteStoreID must be an integer");
        }

        return (new SignupRequest(
            phone,
            email,
            NullIfBlank(JsonValues.AsText(body["firstName"])),
            NullIfBlank(JsonValues.AsText(body["lastName"])),
            JsonValues.AsBool(body["loyalty"]),
            JsonValues.AsBool(body["smsoptin"]),
            JsonValues.AsBool(body["emailOptIn"]),
            NullIfBlank(JsonValues.AsText(body["favoriteStore"])),
            storeId,
            body["customAttributes"] is JsonArray attributes ? (JsonArray)attributes.DeepClone() : null), null);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
