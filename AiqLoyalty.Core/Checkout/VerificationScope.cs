using AiqLoyalty.Core.Client;

namespace AiqLoyalty.Core.Checkout;

/// <summary>
/// Whose attempts a verification state counts: one customer, or one phone/email. Both are kept, so
/// neither a new cart (new customer) nor a new phone number resets the count.
/// </summary>
/// <param name="StoreId">The store.</param>
/// <param name="Key">"c:{customerId}", "p:{phone}" or "e:{email}".</param>
public sealed record VerificationScope(int StoreId, string Key)
{
    /// <summary>The scope of one customer.</summary>
    public static VerificationScope ForCustomer(int storeId, int customerId) => new(storeId, $"c:{customerId}");

    /// <summary>The scope of one identity.</summary>
    public static VerificationScope ForIdentity(int storeId, ContactIdentity identity) =>
        new(storeId, (identity.Kind == ContactKind.Phone ? "p:" : "e:") + identity.Value);
}
