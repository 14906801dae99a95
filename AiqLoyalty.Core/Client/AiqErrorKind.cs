namespace AiqLoyalty.Core.Client;

/// <summary>What went wrong with an AIQ call, in terms the plugin can act on.</summary>
public enum AiqErrorKind
{
    /// <summary>AIQ does not know the phone or email.</summary>
    ContactNotFound,

    /// <summary>The verification code is wrong or has expired.</summary>
    InvalidCode,

    /// <summary>The API key was refused.</summary>
    Unauthorized,

    /// <summary>The UID does not belong to the API key's account.</summary>
    UnknownAccount,

    /// <summary>Too many requests; see <see cref="AiqError.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>AIQ answered 5xx, or the connection failed.</summary>
    Unavailable,

    /// <summary>No answer within the configured time.</summary>
    Timeout,

    /// <summary>A 2xx answer whose body could not be read.</summary>
    InvalidResponse,

    /// <summary>A single-use reward was already redeemed.</summary>
    AlreadyRedeemed,

    /// <summary>AIQ refused the request for another reason (4xx).</summary>
    Rejected,

    /// <summary>The plugin refused to follow a redemption URL that is not on the configured AIQ host.</summary>
    RedemptionUrlRefused,

    /// <summary>The settings are not usable (see the options validator).</summary>
    InvalidConfiguration
}
