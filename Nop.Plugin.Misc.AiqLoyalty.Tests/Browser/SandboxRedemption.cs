namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>One redemption as the sandbox recorded it.</summary>
public sealed record SandboxRedemption(string TemplateId, int Points, string? TransactionId, string At);
