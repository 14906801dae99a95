using System.Net;

namespace AiqLoyalty.Core.Client;

/// <summary>
/// Turns an AIQ error status into an <see cref="AiqErrorKind"/>. AIQ documents few statuses, so the
/// readings marked INFER in docs/aiq-api.md ("Answers and errors") all live here.
/// </summary>
public static class AiqErrorClassifier
{
    /// <summary>AIQ's message for a refused key [CODE].</summary>
    public const string InvalidApiKeyMessage = "Please provide a valid API key";

    /// <summary>Classifies a non-success status for the given call.</summary>
    public static AiqErrorKind Classify(AiqCall call, HttpStatusCode status, string? message)
    {
        var code = (int)status;
        if (status == HttpStatusCode.TooManyRequests)
            return AiqErrorKind.RateLimited;
        if (code >= 500 || status == HttpStatusCode.RequestTimeout)
            return AiqErrorKind.Unavailable;
        if (status == HttpStatusCode.Forbidden || Mentions(message, InvalidApiKeyMessage))
            return AiqErrorKind.Unauthorized;

        return call switch
        {
            // [DOC] "No shopper exists with phone number": seen as 400 or 404 [CODE].
            AiqCall.SendCode or AiqCall.Wallet or AiqCall.Lookup or AiqCall.ViewWalletWithCode
                when status == HttpStatusCode.NotFound || Mentions(message, "No shopper exists") => AiqErrorKind.ContactNotFound,
            // [CODE] wrong or expired code: a 4xx.
            AiqCall.ViewWalletWithCode => AiqErrorKind.InvalidCode,
            // [INFER] a second PUT on a single-use template: 409 Conflict (as the sandbox answers). Only the
            // status counts: any other refusal ("Reward already expired", ...) is a failure for staff,
            // never a redemption, whatever its words.
            AiqCall.Redeem when status == HttpStatusCode.Conflict => AiqErrorKind.AlreadyRedeemed,
            // [INFER] a UID that does not belong to the key: 404 on v1.1 account paths.
            AiqCall.Stores when status == HttpStatusCode.NotFound => AiqErrorKind.UnknownAccount,
            _ when status == HttpStatusCode.Unauthorized => AiqErrorKind.Unauthorized,
            _ => AiqErrorKind.Rejected
        };
    }

    /// <summary>
    /// True when a failed answer leaves it open whether AIQ applied the call. The redemption PUT and
    /// the points adjustment are not idempotent at AIQ: a 5xx or 408 may come after AIQ took or gave
    /// the points (a proxy timing out, a crash after the write), so it is "unknown", never "failed".
    /// </summary>
    public static bool LeavesOutcomeUnknown(AiqCall call, HttpStatusCode status)
    {
        var code = (int)status;
        return call is AiqCall.Redeem or AiqCall.AdjustPoints && (code >= 500 || status == HttpStatusCode.RequestTimeout);
    }

    private static bool Mentions(string? message, string text) =>
        message is not null && message.Contains(text, StringComparison.OrdinalIgnoreCase);
}
