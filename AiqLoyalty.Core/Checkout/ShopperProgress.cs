using AiqLoyalty.Core.Client;

namespace AiqLoyalty.Core.Checkout;

/// <summary>A shopper's verification progress, read from the store (no AIQ call).</summary>
/// <param name="Stage">Where the shopper is.</param>
/// <param name="Identity">The phone or email given, if any.</param>
/// <param name="ContactId">AIQ's contact id once verified.</param>
/// <param name="ResendAt">When another code may be asked for.</param>
/// <param name="LockedUntil">When a lockout ends.</param>
public sealed record ShopperProgress(VerificationStage Stage, ContactIdentity? Identity, string? ContactId, DateTimeOffset? ResendAt, DateTimeOffset? LockedUntil);
