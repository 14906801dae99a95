namespace AiqLoyalty.Core.Redemption;

/// <summary>
/// Exponential backoff with full jitter: after attempt n the wait is uniformly random in
/// [0, min(MaxDelay, BaseDelay × 2^(n−1))). Randomness is injected so tests can seed it.
/// </summary>
public sealed class RetrySchedule
{
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly int _maxAttempts;
    private readonly Random _random;

    /// <summary>Creates the schedule.</summary>
    /// <param name="options">Delays and the attempt limit.</param>
    /// <param name="random">Source of jitter; pass <see cref="Random.Shared"/> in production (it is thread-safe).</param>
    /// <exception cref="ArgumentOutOfRangeException">A delay is not positive, MaxDelay is below BaseDelay, or MaxAttempts is below 1.</exception>
    public RetrySchedule(RetryScheduleOptions options, Random random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.BaseDelay, TimeSpan.Zero, nameof(options.BaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDelay, options.BaseDelay, nameof(options.MaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1, nameof(options.MaxAttempts));
        _baseDelay = options.BaseDelay;
        _maxDelay = options.MaxDelay;
        _maxAttempts = options.MaxAttempts;
        _random = random;
    }

    /// <summary>The ceiling of the wait after <paramref name="attemptsMade"/> failed attempts.</summary>
    /// <param name="attemptsMade">Attempts made so far, at least 1.</param>
    public TimeSpan DelayCeiling(int attemptsMade)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attemptsMade, 1);
        var doublings = attemptsMade - 1;
        if (doublings >= 62)
            return _maxDelay;
        var ticks = _baseDelay.Ticks * Math.Pow(2, doublings);
        return ticks >= _maxDelay.Ticks ? _maxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Decides what follows a failed attempt.</summary>
    /// <param name="attemptsMade">Attempts made so far (the failed one included), at least 1.</param>
    /// <param name="now">The current time.</param>
    public RetryDecision Next(int attemptsMade, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attemptsMade, 1);
        if (attemptsMade >= _maxAttempts)
            return RetryDecision.GiveUp;

        var delay = TimeSpan.FromTicks((long)(DelayCeiling(attemptsMade).Ticks * _random.NextDouble()));
        return new RetryDecision(true, delay, now + delay);
    }
}
