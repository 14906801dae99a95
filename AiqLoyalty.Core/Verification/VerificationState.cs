namespace AiqLoyalty.Core.Verification;

/// <summary>
/// What the policy remembers about one identity (phone/email) or one customer. Immutable: the
/// policy returns a new state for every event, and the plugin stores it.
/// </summary>
public sealed record VerificationState
{
    /// <summary>A state with nothing recorded.</summary>
    public static VerificationState Empty { get; } = new();

    /// <summary>When the code that may still be entered was sent; null when there is none.</summary>
    public DateTimeOffset? CodeSentAt { get; init; }

    /// <summary>When the last code was sent, kept after verification for the resend cooldown.</summary>
    public DateTimeOffset? LastSentAt { get; init; }

    /// <summary>When the current send-count window began (its first send).</summary>
    public DateTimeOffset? SendWindowStartedAt { get; init; }

    /// <summary>Codes sent in the current window.</summary>
    public int SendsInWindow { get; init; }

    /// <summary>Wrong codes since the last success or the last lockout ended.</summary>
    public int FailedAttempts { get; init; }

    /// <summary>End of the current lockout; in the past means it is over.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>Lockouts since the last correct code: each one lasts twice as long as the one before.</summary>
    public int Lockouts { get; init; }

    /// <summary>When a code was last entered correctly.</summary>
    public DateTimeOffset? VerifiedAt { get; init; }
}
