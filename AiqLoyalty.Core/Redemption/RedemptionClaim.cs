using AiqLoyalty.Core.Client;

namespace AiqLoyalty.Core.Redemption;

/// <summary>
/// What the redemption processor needs to know about one claimed reward, as the adapter stores it.
/// </summary>
public sealed record RedemptionClaim
{
    /// <summary>The claim's id in the adapter's store.</summary>
    public required int Id { get; init; }

    /// <summary>The current state.</summary>
    public required ClaimState State { get; init; }

    /// <summary>AIQ's contact id (for the points refund).</summary>
    public required string ContactId { get; init; }

    /// <summary>The shopper's phone or email (for the wallet check when an outcome is unknown).</summary>
    public ContactIdentity? Identity { get; init; }

    /// <summary>AIQ's template id.</summary>
    public required string TemplateId { get; init; }

    /// <summary>The absolute redemption URL (PUT exactly as given: nothing appended for ecommerce).</summary>
    public string? RedemptionUrl { get; init; }

    /// <summary>Points the redemption takes (and a refund gives back).</summary>
    public long PointsDeduction { get; init; }

    /// <summary>Whether the reward can be redeemed again (then the wallet cannot tell whether it was).</summary>
    public bool Reusable { get; init; }

    /// <summary>Redemption (or refund) attempts made.</summary>
    public int Attempts { get; init; }

    /// <summary>When the next attempt is due.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>The order was cancelled (or refunded, if the store gives points back then): give the points back.</summary>
    public bool RefundRequested { get; init; }

    /// <summary>The plugin's idempotency key, written into AIQ's adjustment note.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The last error, for the admin.</summary>
    public string? LastError { get; init; }

    /// <summary>When AIQ confirmed the redemption.</summary>
    public DateTimeOffset? RedeemedAt { get; init; }

    /// <summary>When the points went back.</summary>
    public DateTimeOffset? RefundedAt { get; init; }

    /// <summary>
    /// The row version the claim was read at. The ledger writes only over this exact version and
    /// hands back the next, so two workers (or a worker and staff) can never both act on one read.
    /// </summary>
    public int Version { get; init; }

    /// <summary>The contact's points read just before the PUT or the adjustment, to settle an unknown outcome.</summary>
    public long? PointsBefore { get; init; }
}
