using System.Text.Json.Nodes;

namespace AiqLoyalty.Sandbox.State;

/// <summary>An abandoned cart as received on <c>POST /api/v2/cart</c>.</summary>
/// <param name="Id">The sequence id returned to the caller.</param>
/// <param name="ReceivedAt">When it arrived (sandbox clock).</param>
/// <param name="Uid">The account UID of the API key that sent it.</param>
/// <param name="Body">The body, untouched.</param>
public sealed record CartRecord(string Id, DateTimeOffset ReceivedAt, string Uid, JsonObject Body);
