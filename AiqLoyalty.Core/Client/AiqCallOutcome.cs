namespace AiqLoyalty.Core.Client;

/// <summary>How an AIQ call ended, as the call log groups it.</summary>
public enum AiqCallOutcome
{
    /// <summary>AIQ answered 2xx with a usable body.</summary>
    Succeeded = 0,

    /// <summary>
    /// AIQ answered a definite "no" about the shopper or the reward (not a member, wrong code, already
    /// redeemed): part of normal use, not a fault of the integration.
    /// </summary>
    Declined = 1,

    /// <summary>Anything else that failed: refused key, unknown account, 429, 5xx, timeouts, unreadable answers, refused URLs, unusable settings.</summary>
    Error = 2,

    /// <summary>The caller gave up (the shopper left, the server shut down) before the call ended.</summary>
    Cancelled = 3
}
