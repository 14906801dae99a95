using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Consent;

namespace AiqLoyalty.Core.Checkout;

/// <summary>A consent to keep: who, where, when, as which identity, and the exact text shown.</summary>
public sealed record ConsentEntry(int StoreId, int CustomerId, ContactIdentity Identity, AiqCountry Country, string Text, DateTimeOffset At)
{
    /// <summary>AIQ's contact id once the signup succeeded.</summary>
    public string? ContactId { get; init; }
}
