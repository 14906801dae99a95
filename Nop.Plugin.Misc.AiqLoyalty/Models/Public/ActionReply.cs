namespace Nop.Plugin.Misc.AiqLoyalty.Models.Public;

/// <summary>The answer to a rewards-box action.</summary>
/// <param name="Ok">Whether it worked.</param>
/// <param name="Message">What to tell the shopper, in plain words.</param>
/// <param name="TotalsChanged">Whether the order totals changed (the page refreshes them).</param>
public sealed record ActionReply(bool Ok, string Message, bool TotalsChanged = false);
