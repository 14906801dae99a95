namespace AiqLoyalty.Sandbox.State;

/// <summary>The latest verification code sent to a shopper.</summary>
/// <param name="Code">Four digits, e.g. <c>0427</c>.</param>
/// <param name="SentAt">When it was sent (sandbox clock).</param>
public sealed record SentCode(string Code, DateTimeOffset SentAt);
