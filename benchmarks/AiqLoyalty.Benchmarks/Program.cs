using BenchmarkDotNet.Running;

namespace AiqLoyalty.Benchmarks;

/// <summary>
/// Entry point: runs <see cref="ClientOverheadBenchmarks"/> (BenchmarkDotNet arguments such as
/// <c>--filter</c> pass through), then prints the overhead lines. Exit code 1 when a measured pair misses the goal.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks.</summary>
    /// <param name="args">BenchmarkDotNet command-line arguments.</param>
    public static int Main(string[] args)
    {
        var summary = BenchmarkRunner.Run<ClientOverheadBenchmarks>(BenchmarkConfig.Create(), args);
        return OverheadReport.Write(summary, Console.Out) ? 0 : 1;
    }
}
