namespace AiqLoyalty.Sandbox.State;

/// <summary>
/// Error messages. Only "Please provide a valid API key" and "No shopper exists with phone number"
/// are known from AIQ; the rest are the sandbox's wording ([INFER]).
/// </summary>
public static class Messages
{
    /// <summary>403 for a missing or unknown key [CODE].</summary>
    public const string InvalidApiKey = "Please provide a valid API key";

    /// <summary>404 when the path UID does not belong to the key [INFER].</summary>
    public const string UnknownAccount = "Unknown account";

    /// <summary>401 for a wrong, missing or expired verification code [INFER].</summary>
    public const string InvalidCode = "Invalid or expired verification code";

    /// <summary>404 when a redemption URL is not one the sandbox issued [INFER].</summary>
    public const string UnknownRedemption = "Unknown redemption";

    /// <summary>409 for a second redemption of a single-use template [INFER].</summary>
    public const string AlreadyRedeemed = "Discount already redeemed";

    /// <summary>400 when the balance does not cover the deduction [INFER].</summary>
    public const string InsufficientPoints = "Insufficient points";

    /// <summary>400 for redeeming a template past its expiration [INFER].</summary>
    public const string Expired = "Discount expired";

    /// <summary>404 for an unknown contact id [INFER].</summary>
    public const string UnknownContact = "Unknown contact";

    /// <summary>404 for any route the sandbox does not serve.</summary>
    public const string NotFound = "Not found";
}
