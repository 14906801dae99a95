using System.Text.Json;
using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.Models;

namespace AiqLoyalty.Sandbox.Data;

/// <summary>Loads seeds from the embedded demo data set, a file or a stream.</summary>
public static class SeedLoader
{
    /// <summary>Manifest name of the embedded demo data set (Data/demo-seed.json).</summary>
    public const string DemoResourceName = "AiqLoyalty.Sandbox.demo-seed.json";

    /// <summary>The embedded demo data set.</summary>
    public static async Task<SandboxSeed> LoadDemoAsync(CancellationToken ct = default)
    {
        await using var stream = typeof(SeedLoader).Assembly.GetManifestResourceStream(DemoResourceName)
            ?? throw new InvalidDataException($"Embedded resource {DemoResourceName} is missing");
        return await LoadAsync(stream, ct);
    }

    /// <summary>A seed file in the format described in README.md.</summary>
    public static async Task<SandboxSeed> LoadFileAsync(string path, CancellationToken ct = default)
    {
        await using var stream = File.OpenRead(path);
        return await LoadAsync(stream, ct);
    }

    /// <summary>Parses and validates a seed; throws <see cref="InvalidDataException"/> when it is unusable.</summary>
    public static async Task<SandboxSeed> LoadAsync(Stream json, CancellationToken ct = default)
    {
        SandboxSeed? seed;
        try
        {
            seed = await JsonSerializer.DeserializeAsync<SandboxSeed>(json, SandboxJson.Options, ct);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The seed is not valid JSON: {ex.Message}", ex);
        }

        if (seed is null)
            throw new InvalidDataException("The seed is empty");

        SeedValidator.Validate(seed);
        return seed;
    }
}
