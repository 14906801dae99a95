namespace AiqLoyalty.CartBenchmark;

/// <summary>
/// The clock the service sees during the benchmark: fixed at the start, so carts do not cross the idle
/// threshold between the first and the second run (that would be real new work, not a resend).
/// </summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}
