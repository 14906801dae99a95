namespace AiqLoyalty.Core.Client;

/// <summary>The AIQ calls, used to read error statuses in context.</summary>
public enum AiqCall
{
    /// <summary>Send a verification code.</summary>
    SendCode,

    /// <summary>View the wallet with a code.</summary>
    ViewWalletWithCode,

    /// <summary>View the wallet without a code.</summary>
    Wallet,

    /// <summary>Sign up / upsert a member.</summary>
    Signup,

    /// <summary>Look up a member.</summary>
    Lookup,

    /// <summary>Redeem through a redemption URL.</summary>
    Redeem,

    /// <summary>Adjust points.</summary>
    AdjustPoints,

    /// <summary>Send an abandoned cart.</summary>
    Cart,

    /// <summary>List stores.</summary>
    Stores
}
