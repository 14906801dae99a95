namespace AiqLoyalty.Sandbox.State;

/// <summary>What a wallet answer depends on besides the shopper.</summary>
/// <param name="BaseUrl">Scheme, host and port of the request, used for <c>redemptionURL</c>.</param>
/// <param name="Uid">The account UID of the calling API key (goes into <c>redemptionURL</c>).</param>
/// <param name="Badges">True for <c>?badges=true</c>: add <c>audiences</c>.</param>
public sealed record WalletContext(string BaseUrl, string Uid, bool Badges);
