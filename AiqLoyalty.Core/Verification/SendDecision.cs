namespace AiqLoyalty.Core.Verification;

/// <summary>The policy's answer to "may a code be sent now?".</summary>
/// <param name="Verdict">Allowed, or why not.</param>
/// <param name="RetryAt">When sending may be allowed again; null when allowed now.</param>
/// <param name="RetryAfter">How long until <paramref name="RetryAt"/>, as of the decision; null when allowed now.</param>
public sealed record SendDecision(SendVerdict Verdict, DateTimeOffset? RetryAt, TimeSpan? RetryAfter)
{
    /// <summary>Sending is allowed.</summary>
    public static SendDecision Allowed { get; } = new(SendVerdict.Allowed, null, null);

    /// <summary>True when a code may be sent now.</summary>
    public bool IsAllowed => Verdict == SendVerdict.Allowed;

    /// <summary>A refusal until <paramref name="retryAt"/>.</summary>
    /// <param name="verdict">Why.</param>
    /// <param name="retryAt">When it may be allowed again.</param>
    /// <param name="now">The time of the decision.</param>
    public static SendDecision Refused(SendVerdict verdict, DateTimeOffset retryAt, DateTimeOffset now) =>
        new(verdict, retryAt, retryAt - now);
}
