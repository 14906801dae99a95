using AiqLoyalty.Core.Client;

namespace AiqLoyalty.Core.Checkout;

/// <summary>A customer's verified loyalty identity.</summary>
/// <param name="Identity">The phone or email verified.</param>
/// <param name="ContactId">AIQ's contact id, when known.</param>
/// <param name="Until">When the verification expires.</param>
public sealed record VerifiedShopper(ContactIdentity Identity, string? ContactId, DateTimeOffset Until);
