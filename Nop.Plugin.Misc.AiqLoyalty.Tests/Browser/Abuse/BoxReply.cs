namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser.Abuse;

/// <summary>The answer of a rewards-box action.</summary>
public sealed record BoxReply(bool Ok, string Message, bool TotalsChanged);
