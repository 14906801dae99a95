namespace Nop.Plugin.Misc.AiqLoyalty.Models.Dashboard;

/// <summary>One line of the dashboard block: a figure today and over 7 days, each linking to its grid.</summary>
public record DashboardFigureModel
{
    /// <summary>The figure's locale resource name (its label).</summary>
    public string LabelResource { get; init; }

    /// <summary>Today's value.</summary>
    public long Today { get; init; }

    /// <summary>The last 7 days' value.</summary>
    public long Week { get; init; }

    /// <summary>Where today's value leads.</summary>
    public string TodayUrl { get; init; }

    /// <summary>Where the 7-day value leads.</summary>
    public string WeekUrl { get; init; }

    /// <summary>Whether a value above zero needs the merchant (shown highlighted).</summary>
    public bool Alert { get; init; }
}
