using Nop.Core.Caching;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Dashboard;

/// <summary>Names and limits of the admin dashboard block.</summary>
public static class DashboardDefaults
{
    /// <summary>The block's view.</summary>
    public static string View => "~/Plugins/Misc.AiqLoyalty/Views/Dashboard/Figures.cshtml";

    /// <summary>The figures, for all stores. {0}: the start of "today" in UTC (ticks), so a new day is a new entry.</summary>
    public static CacheKey FiguresCacheKey => new("Nop.Plugin.Misc.AiqLoyalty.Dashboard.{0}");

    /// <summary>
    /// How long the figures are reused, in minutes: the dashboard is opened often and by several
    /// staff, the figures are a summary, and the grids they link to are always live.
    /// </summary>
    public static int CacheMinutes => 1;

    /// <summary>The longer window: today and the 6 days before it.</summary>
    public static int WeekDays => 7;
}
