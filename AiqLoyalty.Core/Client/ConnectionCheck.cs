namespace AiqLoyalty.Core.Client;

/// <summary>A credentials test result with a merchant-readable explanation (English default; the plugin localizes by outcome).</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Detail">Extra facts (store count, HTTP status); never the key.</param>
public sealed record ConnectionCheck(ConnectionCheckOutcome Outcome, string Detail)
{
    /// <summary>True when connected.</summary>
    public bool Succeeded => Outcome == ConnectionCheckOutcome.Connected;

    /// <summary>Maps a failed stores call to an outcome.</summary>
    public static ConnectionCheck FromError(AiqError error) => error.Kind switch
    {
        AiqErrorKind.InvalidConfiguration => new(ConnectionCheckOutcome.InvalidSettings, error.Message),
        AiqErrorKind.Unauthorized => new(ConnectionCheckOutcome.BadApiKey, "AIQ refused the API key."),
        AiqErrorKind.UnknownAccount => new(ConnectionCheckOutcome.BadUid, "The API key works, but the UID is not its account."),
        AiqErrorKind.Unavailable or AiqErrorKind.Timeout or AiqErrorKind.RateLimited =>
            new(ConnectionCheckOutcome.Unreachable, $"AIQ could not be reached ({error.Message})."),
        _ => new(ConnectionCheckOutcome.UnexpectedAnswer, $"AIQ answered unexpectedly (HTTP {error.HttpStatus?.ToString() ?? "n/a"}).")
    };
}
