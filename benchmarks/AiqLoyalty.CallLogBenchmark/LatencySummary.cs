namespace AiqLoyalty.CallLogBenchmark;

/// <summary>Percentiles of one series of latencies, in milliseconds.</summary>
/// <param name="Count">Samples.</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="P99">99th percentile.</param>
/// <param name="Mean">Mean.</param>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Mean)
{
    /// <summary>The summary of <paramref name="samples"/> (nearest-rank percentiles).</summary>
    public static LatencySummary Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(sorted.Length, Rank(0.50), Rank(0.95), Rank(0.99), sorted.Average());
    }

    /// <inheritdoc />
    public override string ToString() => $"p50 {P50,7:F3} ms   p95 {P95,7:F3} ms   p99 {P99,7:F3} ms   mean {Mean,7:F3} ms   (n = {Count})";
}
