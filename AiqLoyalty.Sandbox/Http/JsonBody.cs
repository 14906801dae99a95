using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiqLoyalty.Sandbox.Http;

/// <summary>Reads a request body as a JSON object without ever throwing on bad input.</summary>
public static class JsonBody
{
    /// <summary>
    /// Parses the body. Returns the object, or null and an error message (empty body, malformed
    /// JSON, or a JSON value that is not an object).
    /// </summary>
    public static async Task<(JsonObject? Body, string? Error)> ReadObjectAsync(HttpRequest request)
    {
        JsonNode? node;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            if (buffer.Length == 0)
                return (null, "A JSON body is required");

            buffer.Position = 0;
            node = await JsonNode.ParseAsync(buffer, SandboxJson.NodeOptions, default, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return (null, "Malformed JSON body");
        }

        return node is JsonObject body ? (body, null) : (null, "The body must be a JSON object");
    }
}
