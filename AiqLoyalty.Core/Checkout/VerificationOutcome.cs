using AiqLoyalty.Core.Offers;
using AiqLoyalty.Core.Validation;

namespace AiqLoyalty.Core.Checkout;

/// <summary>The result of a verification step.</summary>
/// <param name="Kind">What happened.</param>
public sealed record VerificationOutcome(VerificationOutcomeKind Kind)
{
    /// <summary>The wallet, when verified.</summary>
    public WalletView? Wallet { get; init; }

    /// <summary>When the shopper may try again (cooldown, lockout).</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>Wrong codes left before a lockout.</summary>
    public int? AttemptsLeft { get; init; }

    /// <summary>The input error, for <see cref="VerificationOutcomeKind.InvalidInput"/>.</summary>
    public ValidationError? InputError { get; init; }

    /// <summary>
    /// The customer's identity changed from another one in this step: the previous identity's verification is gone, and
    /// the adapter drops its cached wallet and applied rewards.
    /// </summary>
    public bool IdentityChanged { get; init; }

    /// <summary>True when the step succeeded.</summary>
    public bool Succeeded => Kind is VerificationOutcomeKind.CodeSent or VerificationOutcomeKind.Verified or VerificationOutcomeKind.JoinedCodeSent;
}
