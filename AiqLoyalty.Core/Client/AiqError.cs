namespace AiqLoyalty.Core.Client;

/// <summary>
/// A failed AIQ call. <see cref="Message"/> is safe to log (never contains the API key) but is AIQ's
/// untrusted text: encode it before showing it.
/// </summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">A short description.</param>
/// <param name="HttpStatus">The HTTP status, when a response arrived.</param>
/// <param name="RetryAfter">How long AIQ asked us to wait, for rate limiting.</param>
/// <param name="OutcomeUnknown">True when the request may have reached AIQ but no answer came back
/// (timeout or dropped connection): for a redemption, check the wallet before trying again.</param>
public sealed record AiqError(
    AiqErrorKind Kind,
    string Message,
    int? HttpStatus = null,
    TimeSpan? RetryAfter = null,
    bool OutcomeUnknown = false)
{
    /// <summary>True when trying again later may succeed.</summary>
    public bool IsTransient => Kind is AiqErrorKind.Unavailable or AiqErrorKind.Timeout or AiqErrorKind.RateLimited;
}
