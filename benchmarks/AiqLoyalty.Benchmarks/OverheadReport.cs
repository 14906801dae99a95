using System.Globalization;
using BenchmarkDotNet.Reports;

namespace AiqLoyalty.Benchmarks;

/// <summary>
/// Turns the summary into one plain line per category: the client's median, the raw median and the
/// difference, checked against the goal of under 2 ms added at the median.
/// </summary>
public static class OverheadReport
{
    /// <summary>The goal for the median time the client adds over a raw call, in milliseconds.</summary>
    public const double GoalMilliseconds = 2.0;

    private static readonly (string Category, string Client, string Raw)[] Pairs =
    [
        (BenchmarkCategories.WalletRead, nameof(ClientOverheadBenchmarks.Client_WalletRead), nameof(ClientOverheadBenchmarks.Raw_WalletRead)),
        (BenchmarkCategories.PinSend, nameof(ClientOverheadBenchmarks.Client_PinSend), nameof(ClientOverheadBenchmarks.Raw_PinSend)),
    ];

    /// <summary>Writes the lines; returns false when a measured pair misses the goal.</summary>
    /// <param name="summary">BenchmarkDotNet's summary.</param>
    /// <param name="output">Where the lines go.</param>
    public static bool Write(Summary summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);

        var allPass = true;
        output.WriteLine();
        output.WriteLine("Client overhead over a raw HttpClient call (medians):");
        foreach (var (category, client, raw) in Pairs)
        {
            var clientMedian = MedianMilliseconds(summary, client);
            var rawMedian = MedianMilliseconds(summary, raw);
            if (clientMedian is null || rawMedian is null)
            {
                output.WriteLine($"{category}: not measured (filtered out or failed)");
                continue;
            }

            var added = clientMedian.Value - rawMedian.Value;
            var pass = added < GoalMilliseconds;
            allPass &= pass;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{category}: client median {clientMedian:F2} ms, raw median {rawMedian:F2} ms, added {added:F2} ms (goal < {GoalMilliseconds:0} ms): {(pass ? "PASS" : "FAIL")}"));
        }

        return allPass;
    }

    private static double? MedianMilliseconds(Summary summary, string methodName)
    {
        var report = summary.Reports.FirstOrDefault(r =>
            r.BenchmarkCase.Descriptor.WorkloadMethod.Name == methodName && r.ResultStatistics is not null);
        return report?.ResultStatistics?.Median / 1_000_000.0;
    }
}
