using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Verification;

namespace AiqLoyalty.Core.Checkout;

/// <summary>
/// What is stored for one scope: the policy state, and for a customer the identity the code went to
/// and the AIQ contact once verified; for an identity, when AIQ last said it is not a member.
/// </summary>
public sealed record VerificationRecord
{
    /// <summary>Nothing recorded yet.</summary>
    public static VerificationRecord Empty { get; } = new();

    /// <summary>The policy state.</summary>
    public VerificationState State { get; init; } = VerificationState.Empty;

    /// <summary>The identity the shopper gave (customer scope).</summary>
    public ContactIdentity? Identity { get; init; }

    /// <summary>AIQ's contact id once verified (customer scope).</summary>
    public string? ContactId { get; init; }

    /// <summary>When AIQ last answered "no shopper exists" for this identity (identity scope).</summary>
    public DateTimeOffset? NotMemberAt { get; init; }
}
