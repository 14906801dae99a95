using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiqLoyalty.Sandbox.Http;

/// <summary>The JSON settings the sandbox reads and writes with.</summary>
public static class SandboxJson
{
    /// <summary>Options for responses and seed files: web defaults, comments and trailing commas allowed.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Request bodies are matched field by field without regard to case.</summary>
    public static JsonNodeOptions NodeOptions { get; } = new() { PropertyNameCaseInsensitive = true };
}
