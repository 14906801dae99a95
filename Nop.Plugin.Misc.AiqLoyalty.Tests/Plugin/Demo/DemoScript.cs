using System.Diagnostics;
using System.Text;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Demo;

/// <summary>
/// Runs the repository's <c>scripts/demo.sh</c> as a merchant would, with its own state folder, ports
/// and database name, and echoes its lines to the test's output as they come.
/// </summary>
public sealed class DemoScript
{
    // Set by `dotnet test` for its own MSBuild; a nested `dotnet build` must find its SDK by itself.
    private static readonly string[] InheritedBuildVariables =
        ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBuildStartupDirectory"];

    private readonly string _nopCommerceDir;
    private readonly IReadOnlyList<string> _options;

    /// <summary>A demo in <paramref name="stateFolder"/> on the given ports and database.</summary>
    public DemoScript(string nopCommerceDir, string stateFolder, int storePort, int sandboxPort, string databaseName)
    {
        _nopCommerceDir = nopCommerceDir;
        StateFolder = stateFolder;
        StoreUrl = new Uri($"http://127.0.0.1:{storePort}/");
        SandboxUrl = new Uri($"http://127.0.0.1:{sandboxPort}/");
        _options = ["--state", stateFolder, "--store-port", storePort.ToString(), "--sandbox-port", sandboxPort.ToString(), "--db-name", databaseName];
    }

    /// <summary>The demo's state folder.</summary>
    public string StateFolder { get; }

    /// <summary>The demo store.</summary>
    public Uri StoreUrl { get; }

    /// <summary>The demo's AIQ sandbox.</summary>
    public Uri SandboxUrl { get; }

    /// <summary>Runs the script with the demo's options plus <paramref name="extra"/>; a run over <paramref name="timeout"/> is killed.</summary>
    public async Task<DemoScriptRun> RunAsync(TimeSpan timeout, params string[] extra)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryFolder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false
        };
        start.ArgumentList.Add(Path.Combine(RepositoryFolder.Root, "scripts", "demo.sh"));
        foreach (var argument in _options.Concat(extra))
            start.ArgumentList.Add(argument);
        start.Environment["NOPCOMMERCE_DIR"] = _nopCommerceDir;
        foreach (var variable in InheritedBuildVariables)
            start.Environment.Remove(variable);

        var output = new StringBuilder();
        void Collect(string? line)
        {
            if (line is null)
                return;
            lock (output)
                output.AppendLine(line);
            TestContext.Progress.WriteLine("demo.sh: " + line);
        }

        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = new CancellationTokenSource(timeout);
        int? exitCode;
        try
        {
            await process.WaitForExitAsync(limit.Token);
            exitCode = process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            exitCode = null;
        }

        lock (output)
            return new DemoScriptRun(exitCode, output.ToString(), clock.Elapsed);
    }
}
