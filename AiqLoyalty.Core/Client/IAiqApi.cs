using System.Text.Json;
using AiqLoyalty.Core.Wire;
using Refit;

namespace AiqLoyalty.Core.Client;

/// <summary>
/// AIQ's HTTP API as docs/aiq-api.md records it (each fact tagged DOC, CODE or INFER). The
/// redemption PUT is not here: its URL is absolute and opaque and is called as given (see
/// <see cref="AiqClient.RedeemAsync"/>).
/// </summary>
[Headers("Accept: application/json")]
public interface IAiqApi
{
    /// <summary>Texts (or emails) the shopper a fresh 4-digit code.</summary>
    [Post("/api/v2/verify/contact/wallet")]
    Task<IApiResponse<AiqEnvelope<JsonElement>>> SendVerificationCodeAsync([Body] ContactRequest request, CancellationToken cancellationToken);

    /// <summary>Returns the wallet when the code is right.</summary>
    [Post("/api/v2/view/contact/wallet")]
    Task<IApiResponse<AiqEnvelope<Wallet>>> ViewWalletWithCodeAsync([Body] ViewWalletRequest request, CancellationToken cancellationToken);

    /// <summary>Returns the wallet without a code (the plugin's policy decides when that is allowed).</summary>
    [Post("/api/v2/wallet")]
    Task<IApiResponse<AiqEnvelope<Wallet>>> GetWalletAsync([Body] ContactRequest request, [AliasAs("badges")] bool? badges, CancellationToken cancellationToken);

    /// <summary>Creates or updates a loyalty member.</summary>
    [Post("/api/v2/loyalty")]
    Task<IApiResponse<AiqEnvelope<SignupResult>>> SignupAsync([Body] SignupRequest request, CancellationToken cancellationToken);

    /// <summary>Tells whether a phone or email is a member.</summary>
    [Get("/api/v2/loyalty/lookup/{pii}")]
    Task<IApiResponse<AiqEnvelope<LookupResult>>> LookupAsync(string pii, CancellationToken cancellationToken);

    /// <summary>Adds (positive) or deducts (negative) points.</summary>
    [Put("/api/v1.1/adjust/loyaltyPoints/{uid}/{contactId}")]
    Task<IApiResponse<AiqEnvelope<PointsBalance>>> AdjustPointsAsync(string uid, string contactId, [Body] AdjustPointsRequest request, CancellationToken cancellationToken);

    /// <summary>Sends one abandoned cart.</summary>
    [Post("/api/v2/cart")]
    Task<IApiResponse<AiqEnvelope<JsonElement>>> SendCartAsync([Body] object cart, CancellationToken cancellationToken);

    /// <summary>Lists the account's stores.</summary>
    [Get("/api/v1.1/stores/{uid}")]
    Task<IApiResponse<AiqEnvelope<StoreList>>> GetStoresAsync(string uid, CancellationToken cancellationToken);
}
