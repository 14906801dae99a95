namespace Nop.Plugin.Misc.AiqLoyalty.Services.Dashboard;

/// <summary>The admin dashboard block's figures, read from the plugin's tables only (never from AIQ).</summary>
public interface IDashboardFigures
{
    /// <summary>Today's and the last 7 days' figures, reused for <see cref="DashboardDefaults.CacheMinutes"/>.</summary>
    /// <param name="todayFromUtc">The start of today in the admin's time zone, in UTC.</param>
    Task<DashboardFigureSet> GetAsync(DateTime todayFromUtc);
}
