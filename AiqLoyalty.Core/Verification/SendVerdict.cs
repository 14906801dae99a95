namespace AiqLoyalty.Core.Verification;

/// <summary>Whether a verification code may be sent now. Later members are more restrictive.</summary>
public enum SendVerdict
{
    /// <summary>Send it.</summary>
    Allowed,

    /// <summary>A code was sent moments ago; wait for the cooldown.</summary>
    CooldownActive,

    /// <summary>Too many codes in the send window.</summary>
    TooManyCodes,

    /// <summary>Too many wrong codes; locked until the lockout ends.</summary>
    LockedOut
}
