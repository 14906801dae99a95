namespace AiqLoyalty.Core.Checkout;

/// <summary>What happened to a shopper's verification step; each maps to one plain-words message.</summary>
public enum VerificationOutcomeKind
{
    /// <summary>A code was texted (or emailed).</summary>
    CodeSent,

    /// <summary>The code was right (or no code was needed): the wallet is open.</summary>
    Verified,

    /// <summary>The phone or email was not understood.</summary>
    InvalidInput,

    /// <summary>AIQ does not know the shopper: offer signup.</summary>
    NotMember,

    /// <summary>Wait before asking for another code.</summary>
    Cooldown,

    /// <summary>Too many codes asked for recently.</summary>
    TooManyCodes,

    /// <summary>Too many wrong codes: locked for a while.</summary>
    LockedOut,

    /// <summary>The code was wrong; attempts remain.</summary>
    WrongCode,

    /// <summary>The code has expired: ask for a new one.</summary>
    CodeExpired,

    /// <summary>No code was sent to this shopper (or it was used up).</summary>
    NoCodeSent,

    /// <summary>Another request for the same shopper is in progress.</summary>
    Busy,

    /// <summary>Signup needs the consent box ticked.</summary>
    ConsentRequired,

    /// <summary>The identity is already a member, or was not just checked: verify with a code instead.</summary>
    SignupNotAllowed,

    /// <summary>The shopper has not verified (or the verification expired).</summary>
    NotVerified,

    /// <summary>AIQ is down or slow: rewards are unavailable right now; checkout goes on.</summary>
    Unavailable,

    /// <summary>The shopper joined; AIQ texted a code that opens the wallet (and the welcome gift).</summary>
    JoinedCodeSent
}
