namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>What happened to one selected cart in a run.</summary>
public enum AbandonedCartOutcome
{
    /// <summary>Not started: the run stopped first (the cart is selected again next run).</summary>
    NotStarted,

    /// <summary>AIQ accepted it.</summary>
    Sent,

    /// <summary>Same content as the last send: not sent again.</summary>
    Unchanged,

    /// <summary>Transient failure; retried later.</summary>
    Retrying,

    /// <summary>Refused for good.</summary>
    Failed,

    /// <summary>Not sendable (reason on the row).</summary>
    Skipped,

    /// <summary>The plugin failed (logged).</summary>
    Error,

    /// <summary>Another run (another store instance, or "Run now" beside the schedule) took the cart first: it sends it, this run does not.</summary>
    TakenByAnotherRun
}
