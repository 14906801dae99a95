using System.Collections.Concurrent;
using System.Net;

namespace AiqLoyalty.FarmLoadBenchmark;

/// <summary>Requests, 5xx answers, box replies and Apply latencies, shared by all shoppers.</summary>
public sealed class LoadCounters
{
    private long _requests;
    private long _serverErrors;

    /// <summary>Every Apply's time, successful or refused.</summary>
    public ConcurrentBag<double> ApplyMilliseconds { get; } = [];

    /// <summary>Box replies per "action: message".</summary>
    public ConcurrentDictionary<string, int> Replies { get; } = new();

    /// <summary>HTTP requests sent.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Answers of 500 or more.</summary>
    public long ServerErrors => Interlocked.Read(ref _serverErrors);

    /// <summary>Counts one answer.</summary>
    public void Count(HttpStatusCode status)
    {
        Interlocked.Increment(ref _requests);
        if ((int)status >= 500)
            Interlocked.Increment(ref _serverErrors);
    }

    /// <summary>Counts one box reply.</summary>
    public void Reply(string action, string message) => Replies.AddOrUpdate($"{action}: {message}", 1, (_, n) => n + 1);

    /// <summary>The <paramref name="percentile"/> (0-100) of the Apply times, nearest rank.</summary>
    public double ApplyPercentile(double percentile)
    {
        var sorted = ApplyMilliseconds.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
