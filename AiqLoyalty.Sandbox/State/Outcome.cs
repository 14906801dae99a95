using System.Text.Json.Nodes;

namespace AiqLoyalty.Sandbox.State;

/// <summary>The result of a state operation: 200 with data, or an HTTP status with a message.</summary>
public sealed record Outcome(int Status, string? Message, JsonObject? Data)
{
    /// <summary>True for a 200.</summary>
    public bool Succeeded => Status == StatusCodes.Status200OK;

    /// <summary>A success carrying <paramref name="data"/>.</summary>
    public static Outcome Ok(JsonObject data) => new(StatusCodes.Status200OK, null, data);

    /// <summary>A failure with an HTTP status and the message for the error body.</summary>
    public static Outcome Fail(int status, string message) => new(status, message, null);
}
