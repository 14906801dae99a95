namespace AiqLoyalty.Core.Offers;

/// <summary>Why a wallet template is not offered for online checkout.</summary>
public enum NotOfferedReason
{
    /// <summary>AIQ marks it for in-store redemption only.</summary>
    InStoreOnly,

    /// <summary>AIQ marks it as not available to the shopper now.</summary>
    Unavailable,

    /// <summary>Its expiry time has passed.</summary>
    Expired,

    /// <summary>Its kind cannot be honoured online (no $ or % value and no mapped store discount).</summary>
    Unsupported,

    /// <summary>Its data is missing or out of range, so it is refused rather than guessed at.</summary>
    Invalid,

    /// <summary>An earlier template in the same wallet has the same id; the first one wins.</summary>
    Duplicate
}
