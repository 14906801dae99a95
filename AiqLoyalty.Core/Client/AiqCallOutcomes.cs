namespace AiqLoyalty.Core.Client;

/// <summary>Which failures count as AIQ's ordinary answers and which as errors (the call log's and the dashboard's one rule).</summary>
public static class AiqCallOutcomes
{
    /// <summary>The outcome of a call that ended with <paramref name="error"/> (null: success).</summary>
    public static AiqCallOutcome Of(AiqError? error) => error is null
        ? AiqCallOutcome.Succeeded
        : IsDeclined(error.Kind) ? AiqCallOutcome.Declined : AiqCallOutcome.Error;

    /// <summary>True for the answers a shopper causes in normal use: not a member, wrong code, already redeemed.</summary>
    public static bool IsDeclined(AiqErrorKind kind) =>
        kind is AiqErrorKind.ContactNotFound or AiqErrorKind.InvalidCode or AiqErrorKind.AlreadyRedeemed;
}
