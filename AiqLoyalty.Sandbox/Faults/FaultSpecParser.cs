using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.Http;

namespace AiqLoyalty.Sandbox.Faults;

/// <summary>Reads <c>POST /_sandbox/faults</c> bodies.</summary>
public static class FaultSpecParser
{
    /// <summary>Longest accepted delay: ten minutes.</summary>
    public const int MaxDelayMs = 600_000;

    /// <summary>
    /// Parses <c>{"path", "status", "delayMs", "times", "drop", "method", "applyFirst"}</c>. <c>times</c>
    /// defaults to 1, <c>status</c>/<c>delayMs</c> to 0, <c>drop</c>/<c>applyFirst</c> to false. A fault must
    /// do something: drop, a status, or a delay.
    /// </summary>
    public static (FaultSpec? Fault, string? Error) Parse(JsonObject body)
    {
        var path = JsonValues.AsText(body["path"]);
        if (string.IsNullOrEmpty(path) || !path.StartsWith('/'))
            return (null, "path must be a path prefix starting with '/'");

        var status = ReadInt(body, "status", 0);
        var delay = ReadInt(body, "delayMs", 0);
        var times = ReadInt(body, "times", 1);
        var drop = JsonValues.AsBool(body["drop"]) ?? false;
        var method = JsonValues.AsText(body["method"]);
        var applyFirst = JsonValues.AsBool(body["applyFirst"]);
        if (body["applyFirst"] is not null && applyFirst is null)
            return (null, "applyFirst must be true or false");

        if (status is null || (status != 0 && status is < 400 or > 599))
            return (null, "status must be 0 or 400-599");

        if (delay is null or < 0 or > MaxDelayMs)
            return (null, $"delayMs must be 0-{MaxDelayMs}");

        if (times is null or < 1)
            return (null, "times must be a positive integer");

        if (!drop && status == 0 && delay == 0)
            return (null, "A fault needs drop, a status or a delay");

        return (new FaultSpec(path, status.Value, delay.Value, times.Value, drop,
            string.IsNullOrEmpty(method) ? null : method.ToUpperInvariant(), applyFirst ?? false), null);
    }

    private static int? ReadInt(JsonObject body, string name, int fallback)
    {
        var node = body[name];
        if (node is null)
            return fallback;

        var value = JsonValues.AsStrictInteger(node);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value.Value : null;
    }
}
