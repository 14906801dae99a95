namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>The cart page's totals; null when a row is absent or shows no amount.</summary>
public sealed record CartTotals(decimal? SubTotal, decimal? SubTotalDiscount, decimal? Total);
