namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>One points adjustment as the sandbox recorded it.</summary>
public sealed record SandboxAdjustment(int Value, string Note, string At);
