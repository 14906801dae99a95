using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.Http;

namespace AiqLoyalty.Sandbox.State;

/// <summary>The fields of a discount template the sandbox itself acts on, read tolerantly.</summary>
internal sealed record TemplateInfo(string Id, int PointsDeduction, bool Reusable, bool Available, long Expiration)
{
    /// <summary>Reads a wire template; numbers may be strings, missing fields default.</summary>
    public static TemplateInfo From(JsonObject template) => new(
        JsonValues.AsText(template["id"]) ?? "",
        (int)(JsonValues.AsLooseNumber(template["pointsDeduction"]) ?? 0),
        JsonValues.AsBool(template["reusable"]) ?? false,
        JsonValues.AsBool(template["available"]) ?? true,
        (long)(JsonValues.AsLooseNumber(template["expiration"]) ?? 0));

    /// <summary>True when the template has an expiration (unix seconds) that has passed.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => Expiration > 0 && Expiration <= now.ToUnixTimeSeconds();
}
