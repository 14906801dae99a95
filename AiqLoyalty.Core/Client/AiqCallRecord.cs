namespace AiqLoyalty.Core.Client;

/// <summary>
/// One AIQ call as the client saw it, handed to an <see cref="IAiqCallObserver"/> when it ends. It
/// never holds the API key, a full phone or email, a redemption URL or a request body.
/// </summary>
/// <param name="Call">The operation.</param>
/// <param name="StartedOnUtc">When the call started.</param>
/// <param name="Duration">From the start to the result, retries and their waits included.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="ErrorKind">The failure's kind, null when it succeeded or was cancelled.</param>
/// <param name="HttpStatus">The last attempt's HTTP status, null when no answer arrived.</param>
/// <param name="Attempts">HTTP requests sent: more than 1 when the resilience pipeline retried, 0 when none was sent (unusable settings, refused URL).</param>
/// <param name="ContactMasked">The shopper the call was about, masked (<see cref="ContactMasker"/>), or null.</param>
/// <param name="Scope">What the call served (customer, order, claim), from <see cref="AiqCallScope"/>, or null.</param>
public sealed record AiqCallRecord(
    AiqCall Call,
    DateTime StartedOnUtc,
    TimeSpan Duration,
    AiqCallOutcome Outcome,
    AiqErrorKind? ErrorKind,
    int? HttpStatus,
    int Attempts,
    string? ContactMasked,
    AiqCallScope? Scope);
