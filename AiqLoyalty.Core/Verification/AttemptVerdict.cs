namespace AiqLoyalty.Core.Verification;

/// <summary>Whether an entered code may be checked with AIQ now. Later members are more restrictive.</summary>
public enum AttemptVerdict
{
    /// <summary>Check it.</summary>
    Allowed,

    /// <summary>The code has expired: send a new one.</summary>
    CodeExpired,

    /// <summary>No code is outstanding: send one first.</summary>
    NoCodeSent,

    /// <summary>Too many wrong codes; locked until the lockout ends.</summary>
    LockedOut
}
