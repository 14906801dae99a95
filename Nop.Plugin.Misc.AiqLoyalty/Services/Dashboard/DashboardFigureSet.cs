namespace Nop.Plugin.Misc.AiqLoyalty.Services.Dashboard;

/// <summary>The dashboard block's figures, for all stores.</summary>
/// <param name="TodayFromUtc">The start of today (the admin's time zone), in UTC.</param>
/// <param name="WeekFromUtc">The start of the 7-day window, in UTC.</param>
/// <param name="Today">Today's figures.</param>
/// <param name="Week">The last 7 days' figures (today included).</param>
/// <param name="NeedsAttention">Claims staff must resolve now, redemptions and refunds (not a window: every such claim counts).</param>
public sealed record DashboardFigureSet(DateTime TodayFromUtc, DateTime WeekFromUtc, DashboardWindow Today, DashboardWindow Week, int NeedsAttention);
