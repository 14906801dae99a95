namespace AiqLoyalty.Core.Verification;

/// <summary>
/// The PIN verification rules: code lifetime, resend cooldown, a cap on codes per window, and a
/// lockout after repeated wrong codes. Pure: every method takes the state and the time, and the
/// recorders return a new state. The plugin keeps one state per identity and one per customer,
/// checks both (<see cref="CheckSendAll"/>, <see cref="CheckAttemptAll"/>) and records on both.
/// </summary>
public sealed class VerificationPolicy
{
    private readonly VerificationPolicyOptions _options;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The limits; checked with <see cref="VerificationPolicyOptionsValidator"/>.</param>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public VerificationPolicy(VerificationPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new VerificationPolicyOptionsValidator().Validate(options);
        if (!result.IsValid)
            throw new ArgumentException("Invalid verification policy options: " + result, nameof(options));

        _options = Copy(options);
    }

    /// <summary>The limits in force (a copy the caller cannot change).</summary>
    public VerificationPolicyOptions Options => Copy(_options);

    private static VerificationPolicyOptions Copy(VerificationPolicyOptions options) => new VerificationPolicyOptions
        {
            CodeLifetime = options.CodeLifetime,
            ResendCooldown = options.ResendCooldown,
            MaxFailedAttempts = options.MaxFailedAttempts,
            LockoutDuration = options.LockoutDuration,
            MaxCodesPerWindow = options.MaxCodesPerWindow,
            CodeSendWindow = options.CodeSendWindow,
            VerifiedLifetime = options.VerifiedLifetime
        };

    /// <summary>May a code be sent now? Lockout is checked first, then the window cap, then the cooldown.</summary>
    /// <param name="state">The recorded state.</param>
    /// <param name="now">The current time.</param>
    public SendDecision CheckSend(VerificationState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (IsLocked(state, now))
            return SendDecision.Refused(SendVerdict.LockedOut, state.LockedUntil!.Value, now);

        if (IsWindowOpen(state, now) && state.SendsInWindow >= _options.MaxCodesPerWindow)
            return SendDecision.Refused(SendVerdict.TooManyCodes, state.SendWindowStartedAt!.Value + _options.CodeSendWindow, now);

        if (state.LastSentAt is { } lastSent && now < lastSent + _options.ResendCooldown)
            return SendDecision.Refused(SendVerdict.CooldownActive, lastSent + _options.ResendCooldown, now);

        return SendDecision.Allowed;
    }

    /// <summary>The most restrictive send decision over several states (e.g. identity and customer).</summary>
    /// <param name="states">At least one state.</param>
    /// <param name="now">The current time.</param>
    public SendDecision CheckSendAll(IEnumerable<VerificationState> states, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(states);
        return MostRestrictive(states.Select(state => CheckSend(state, now)));
    }

    /// <summary>Records that a code was sent at <paramref name="now"/>. Wrong-code counts are kept.</summary>
    /// <param name="state">The recorded state.</param>
    /// <param name="now">When the code was sent.</param>
    public VerificationState RecordSent(VerificationState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var windowOpen = IsWindowOpen(state, now);
        return state with
        {
            CodeSentAt = now,
            LastSentAt = now,
            SendWindowStartedAt = windowOpen ? state.SendWindowStartedAt : now,
            SendsInWindow = windowOpen ? state.SendsInWindow + 1 : 1
        };
    }

    /// <summary>
    /// Records a send that AIQ answered "not a member": it counts against the send limits like a code
    /// (so probing numbers costs the same as texting them) but leaves no code to enter.
    /// </summary>
    /// <param name="state">The recorded state.</param>
    /// <param name="now">When the probe was made.</param>
    public VerificationState RecordProbe(VerificationState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return RecordSent(state, now) with { CodeSentAt = state.CodeSentAt };
    }

    /// <summary>May an entered code be checked now? Lockout first, then whether a live code exists.</summary>
    /// <param name="state">The recorded state.</param>
    /// <param name="now">The current time. A code expires exactly <see cref="VerificationPolicyOptions.CodeLifetime"/> after it was sent.</param>
    public AttemptDecision CheckAttempt(VerificationState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (IsLocked(state, now))
            return AttemptDecision.LockedOut(state.LockedUntil!.Value);
        if (state.CodeSentAt is not { } sentAt)
            return AttemptDecision.NoCodeSent;
        return now >= sentAt + _options.CodeLifetime ? AttemptDecision.CodeExpired : AttemptDecision.Allowed;
    }

    /// <summary>The most restrictive attempt decision over several states (e.g. identity and customer).</summary>
    /// <param name="states">At least one state.</param>
    /// <param name="now">The current time.</param>
    public AttemptDecision CheckAttemptAll(IEnumerable<VerificationState> states, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(states);
        return MostRestrictive(states.Select(state => CheckAttempt(state, now)));
    }

    /// <summary>
    /// Records a wrong code. Reaching <see cref="VerificationPolicyOptions.MaxFailedAttempts"/> locks
    /// the state and voids the outstanding code; a lockout that has ended starts the count afresh.
    /// Each lockout before the next correct code lasts twice as long as the one before (see <see cref="LockoutAfter"/>).
    /// </summary>
    /// <param name="state">The recorded state.</param>
    /// <param name="now">When the wrong code was entered.</param>
    public VerificationState RecordFailure(VerificationState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var current = state.LockedUntil is { } until && until <= now
            ? state with { FailedAttempts = 0, LockedUntil = null }
            : state;

        var failures = current.FailedAttempts + 1;
        return failures >= _options.MaxFailedAttempts
            ? current with { FailedAttempts = failures, LockedUntil = now + LockoutAfter(current.Lockouts), Lockouts = current.Lockouts + 1, CodeSentAt = null }
            : current with { FailedAttempts = failures };
    }

    /// <summary>
    /// How long a lockout lasts after <paramref name="earlierLockouts"/> lockouts without a correct
    /// code in between: <see cref="VerificationPolicyOptions.LockoutDuration"/> doubled each time, at most <see cref="MaxLockout"/>.
    /// </summary>
    /// <param name="earlierLockouts">Lockouts since the last correct code.</param>
    public TimeSpan LockoutAfter(int earlierLockouts)
    {
        var doublings = Math.Clamp(earlierLockouts, 0, 16);
        var ticks = Math.Min(MaxLockout.Ticks, _options.LockoutDuration.Ticks * (1L << doublings));
        return TimeSpan.FromTicks(Math.Max(ticks, _options.LockoutDuration.Ticks));
    }

    /// <summary>The longest lockout repeated failures can reach.</summary>
    public static TimeSpan MaxLockout { get; } = TimeSpan.FromDays(1);

    /// <summary>Records a correct code: verified now, wrong-code count, lockout and lockout history cleared, the code used up.</summary>
    /// <param name="state">The recorded state.</param>
    /// <param name="now">When the code was accepted.</param>
    public VerificationState RecordSuccess(VerificationState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state with { VerifiedAt = now, FailedAttempts = 0, LockedUntil = null, Lockouts = 0, CodeSentAt = null };
    }

    /// <summary>True while a verification is fresh and the state is not locked.</summary>
    /// <param name="state">The recorded state.</param>
    /// <param name="now">The current time. Verification ends exactly <see cref="VerificationPolicyOptions.VerifiedLifetime"/> after it happened.</param>
    public bool IsVerified(VerificationState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return VerifiedUntil(state) is { } until && state.VerifiedAt <= now && now < until && !IsLocked(state, now);
    }

    /// <summary>When the recorded verification stops counting, or null when there is none.</summary>
    /// <param name="state">The recorded state.</param>
    public DateTimeOffset? VerifiedUntil(VerificationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.VerifiedAt + _options.VerifiedLifetime;
    }

    /// <summary>
    /// The most restrictive of several send decisions: any refusal beats "allowed"; among refusals the
    /// one that lasts longest wins (ties go to the more severe verdict).
    /// </summary>
    /// <param name="decisions">At least one decision.</param>
    /// <exception cref="ArgumentException">No decisions were given.</exception>
    public static SendDecision MostRestrictive(IEnumerable<SendDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var list = decisions.ToList();
        if (list.Count == 0)
            throw new ArgumentException("At least one decision is required.", nameof(decisions));

        return list
            .OrderByDescending(d => d.IsAllowed ? 0 : 1)
            .ThenByDescending(d => d.RetryAt ?? DateTimeOffset.MinValue)
            .ThenByDescending(d => d.Verdict)
            .First();
    }

    /// <summary>
    /// The most restrictive of several attempt decisions: the most severe verdict wins; among
    /// lockouts the one that ends last.
    /// </summary>
    /// <param name="decisions">At least one decision.</param>
    /// <exception cref="ArgumentException">No decisions were given.</exception>
    public static AttemptDecision MostRestrictive(IEnumerable<AttemptDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var list = decisions.ToList();
        if (list.Count == 0)
            throw new ArgumentException("At least one decision is required.", nameof(decisions));

        return list
            .OrderByDescending(d => d.Verdict)
            .ThenByDescending(d => d.LockedUntil ?? DateTimeOffset.MinValue)
            .First();
    }

    private static bool IsLocked(VerificationState state, DateTimeOffset now) => state.LockedUntil is { } until && now < until;

    private bool IsWindowOpen(VerificationState state, DateTimeOffset now) =>
        state.SendWindowStartedAt is { } start && now < start + _options.CodeSendWindow;
}
