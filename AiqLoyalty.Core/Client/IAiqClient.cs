using AiqLoyalty.Core.Wire;

namespace AiqLoyalty.Core.Client;

/// <summary>
/// AIQ's API for one account, with typed results: no call throws for an HTTP, network or parsing
/// failure (only for a cancelled token).
/// </summary>
public interface IAiqClient
{
    /// <summary>Sends (or re-sends) a 4-digit code to the shopper.</summary>
    Task<AiqResult> SendVerificationCodeAsync(ContactIdentity contact, CancellationToken cancellationToken = default);

    /// <summary>Reads the wallet with the code the shopper typed.</summary>
    Task<AiqResult<Wallet>> ViewWalletWithCodeAsync(ContactIdentity contact, string code, CancellationToken cancellationToken = default);

    /// <summary>Reads the wallet without a code; only where the plugin's verification policy allows it.</summary>
    Task<AiqResult<Wallet>> GetWalletAsync(ContactIdentity contact, bool includeBadges = false, CancellationToken cancellationToken = default);

    /// <summary>Creates (or updates) a loyalty member.</summary>
    Task<AiqResult<SignupResult>> SignupAsync(SignupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Records opt-ins for an existing contact (AIQ's signup upsert with only the consent flags) [INFER]; a null flag is not sent and leaves AIQ's value as it is.</summary>
    Task<AiqResult<SignupResult>> OptInAsync(ContactIdentity contact, bool? loyalty, bool? sms, bool? email, CancellationToken cancellationToken = default);

    /// <summary>Tells whether the phone or email is a member.</summary>
    Task<AiqResult<LookupResult>> LookupAsync(ContactIdentity contact, CancellationToken cancellationToken = default);

    /// <summary>
    /// PUTs a redemption URL exactly as given (ecommerce: nothing appended; POS: the transaction id).
    /// Never retried here: the caller keeps its own idempotency record and checks the wallet when
    /// <see cref="AiqError.OutcomeUnknown"/> is set.
    /// </summary>
    Task<AiqResult<PointsBalance>> RedeemAsync(string redemptionUrl, string? posTransactionId = null, CancellationToken cancellationToken = default);

    /// <summary>Adds (positive) or deducts (negative) points; <paramref name="note"/> carries the caller's idempotency key.</summary>
    Task<AiqResult<PointsBalance>> AdjustPointsAsync(string contactId, long value, string note, CancellationToken cancellationToken = default);

    /// <summary>Sends one abandoned cart.</summary>
    Task<AiqResult> SendAbandonedCartAsync(object cartPayload, CancellationToken cancellationToken = default);

    /// <summary>Lists the account's stores.</summary>
    Task<AiqResult<StoreList>> GetStoresAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks the credentials: key accepted, UID belongs to it, AIQ reachable.</summary>
    Task<ConnectionCheck> TestConnectionAsync(CancellationToken cancellationToken = default);
}
