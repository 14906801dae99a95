namespace AiqLoyalty.Core.Verification;

/// <summary>The policy's answer to "may this entered code be checked now?".</summary>
/// <param name="Verdict">Allowed, or why not.</param>
/// <param name="LockedUntil">End of the lockout when <paramref name="Verdict"/> is <see cref="AttemptVerdict.LockedOut"/>.</param>
public sealed record AttemptDecision(AttemptVerdict Verdict, DateTimeOffset? LockedUntil)
{
    /// <summary>Checking the code is allowed.</summary>
    public static AttemptDecision Allowed { get; } = new(AttemptVerdict.Allowed, null);

    /// <summary>No code is outstanding.</summary>
    public static AttemptDecision NoCodeSent { get; } = new(AttemptVerdict.NoCodeSent, null);

    /// <summary>The outstanding code has expired.</summary>
    public static AttemptDecision CodeExpired { get; } = new(AttemptVerdict.CodeExpired, null);

    /// <summary>True when the code may be checked now.</summary>
    public bool IsAllowed => Verdict == AttemptVerdict.Allowed;

    /// <summary>Locked out until <paramref name="until"/>.</summary>
    /// <param name="until">End of the lockout.</param>
    public static AttemptDecision LockedOut(DateTimeOffset until) => new(AttemptVerdict.LockedOut, until);
}
