using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace AiqLoyalty.Benchmarks;

/// <summary>
/// The run's configuration: one in-process job (no generated project to build) sized so the four
/// benchmarks finish in about a minute on two cores, Median and P95 columns, and artifacts kept in
/// an ignored folder next to the project.
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>The artifacts folder's name; .gitignore ignores it at any depth.</summary>
    public const string ArtifactsFolderName = "BenchmarkDotNet.Artifacts";

    private const string ProjectFileName = "AiqLoyalty.Benchmarks.csproj";

    /// <summary>Creates the configuration.</summary>
    public static IConfig Create()
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(6)
            .WithIterationCount(20)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("InProcess");

        return ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .WithArtifactsPath(ArtifactsPath());
    }

    /// <summary>
    /// benchmarks/AiqLoyalty.Benchmarks/BenchmarkDotNet.Artifacts when the build output sits under the
    /// project folder (the usual <c>dotnet run</c>), else a folder next to the binaries (bin/ is ignored too).
    /// </summary>
    private static string ArtifactsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, ProjectFileName)))
                return Path.Combine(dir.FullName, ArtifactsFolderName);
        }

        return Path.Combine(AppContext.BaseDirectory, ArtifactsFolderName);
    }
}
