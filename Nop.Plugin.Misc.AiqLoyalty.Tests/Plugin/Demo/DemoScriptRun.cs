namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Demo;

/// <summary>One run of scripts/demo.sh.</summary>
/// <param name="ExitCode">The exit code, or null when the run was stopped for taking too long.</param>
/// <param name="Output">Standard output and error, interleaved as written.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record DemoScriptRun(int? ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>True when it exited 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>The run for an assertion message.</summary>
    public override string ToString() => $"exit {ExitCode?.ToString() ?? "(killed: timeout)"} after {Elapsed.TotalSeconds:0} s:\n{Output}";
}
