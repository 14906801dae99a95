namespace Nop.Plugin.Misc.AiqLoyalty.Models.Dashboard;

/// <summary>The AIQ loyalty block on the admin dashboard.</summary>
public record DashboardModel
{
    /// <summary>The figures, in display order.</summary>
    public IList<DashboardFigureModel> Figures { get; init; } = new List<DashboardFigureModel>();
}
