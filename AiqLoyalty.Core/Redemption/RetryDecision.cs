namespace AiqLoyalty.Core.Redemption;

/// <summary>What to do after a failed attempt: retry at a time, or give up.</summary>
/// <param name="ShouldRetry">False when attempts are used up: fire <see cref="ClaimTrigger.RedeemFailedFinal"/>.</param>
/// <param name="Delay">Wait before the next attempt; zero when giving up.</param>
/// <param name="NextAttemptAt">When to fire <see cref="ClaimTrigger.RetryRequested"/>; null when giving up.</param>
public sealed record RetryDecision(bool ShouldRetry, TimeSpan Delay, DateTimeOffset? NextAttemptAt)
{
    /// <summary>Attempts are used up.</summary>
    public static RetryDecision GiveUp { get; } = new(false, TimeSpan.Zero, null);
}
