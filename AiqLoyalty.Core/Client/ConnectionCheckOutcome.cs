namespace AiqLoyalty.Core.Client;

/// <summary>The result of a credentials test.</summary>
public enum ConnectionCheckOutcome
{
    /// <summary>Key and UID accepted.</summary>
    Connected,

    /// <summary>The settings are incomplete or malformed.</summary>
    InvalidSettings,

    /// <summary>AIQ refused the API key.</summary>
    BadApiKey,

    /// <summary>The key works but the UID is not its account.</summary>
    BadUid,

    /// <summary>AIQ could not be reached or did not answer in time.</summary>
    Unreachable,

    /// <summary>AIQ answered something unexpected.</summary>
    UnexpectedAnswer
}
