using System.Text.Json;
using AiqLoyalty.Sandbox.Data;
using AiqLoyalty.Sandbox.Hosting;
using AiqLoyalty.Sandbox.Models;

namespace AiqLoyalty.Sandbox;

/// <summary>Command-line entry: <c>dotnet run --project AiqLoyalty.Sandbox -- [--urls ...] [--seed ...]</c>.</summary>
internal static class Program
{
    /// <summary>Exit codes: 0 normal stop, 1 seed or startup failure, 2 bad arguments or a non-loopback URL.</summary>
    public static async Task<int> Main(string[] args)
    {
        var (commandLine, error) = CommandLine.Parse(args);
        if (commandLine is null)
        {
            await Console.Error.WriteLineAsync($"[sandbox] {error}\n{CommandLine.Usage}");
            return 2;
        }

        if (LoopbackGuard.FirstNonLoopback(commandLine.Urls) is { } refused)
        {
            await Console.Error.WriteLineAsync($"[sandbox] refusing to listen on '{refused}': the sandbox binds to loopback addresses only (127.0.0.1, [::1], localhost)");
            return 2;
        }

        SandboxSeed seed;
        try
        {
            seed = commandLine.SeedPath is null
                ? await SeedLoader.LoadDemoAsync()
                : await SeedLoader.LoadFileAsync(commandLine.SeedPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or JsonException)
        {
            await Console.Error.WriteLineAsync($"[sandbox] cannot load seed: {ex.Message}");
            return 1;
        }

        await using var app = SandboxApp.Build(new SandboxOptions { Seed = seed, Urls = commandLine.Urls });
        await Console.Out.WriteLineAsync(
            $"[sandbox] AIQ sandbox ({commandLine.SeedPath ?? "demo data set"}); API keys: "
            + string.Join(", ", seed.ApiKeys.Select(k => $"{k.Key} -> uid {k.Value}")));
        try
        {
            await app.RunAsync();
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync($"[sandbox] cannot start: {ex.Message}");
            return 1;
        }

        return 0;
    }
}
