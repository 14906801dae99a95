namespace AiqLoyalty.Core.Checkout;

/// <summary>Where a shopper is on the way to the wallet, for rendering the rewards box.</summary>
public enum VerificationStage
{
    /// <summary>Nothing given yet: ask for a phone or email.</summary>
    Start,

    /// <summary>A code was sent and is still valid: ask for it.</summary>
    CodeSent,

    /// <summary>AIQ does not know the shopper: offer to join.</summary>
    Signup,

    /// <summary>Verified: show the wallet.</summary>
    Verified,

    /// <summary>Too many wrong codes: wait.</summary>
    LockedOut
}
