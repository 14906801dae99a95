using AiqLoyalty.Sandbox.Models;

namespace AiqLoyalty.Sandbox;

/// <summary>Everything <see cref="SandboxApp.Build"/> needs.</summary>
public sealed record SandboxOptions
{
    /// <summary>The data set to serve.</summary>
    public required SandboxSeed Seed { get; init; }

    /// <summary>Loopback URLs to listen on; port 0 picks a free port.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [SandboxDefaults.DefaultUrl];

    /// <summary>The clock for code expiry and timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where verification codes are "sent" (printed).</summary>
    public TextWriter CodeOutput { get; init; } = Console.Out;

    /// <summary>Minimum log level; tests use Warning.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;
}
