namespace Nop.Plugin.Misc.AiqLoyalty.Services.Retention;

/// <summary>Names and limits of the daily retention task.</summary>
public static class RetentionDefaults
{
    /// <summary>The task's type name (ScheduleTask.Type).</summary>
    public static string TaskType => "Nop.Plugin.Misc.AiqLoyalty.Services.Retention.RetentionTask";

    /// <summary>The task's display name.</summary>
    public static string TaskName => "AIQ loyalty: delete old log and verification rows";

    /// <summary>Once a day.</summary>
    public static int TaskPeriodSeconds => 24 * 60 * 60;

    /// <summary>
    /// Rows deleted per statement: short statements keep locks brief on a busy table and a run that is
    /// stopped half-way leaves only whole batches done.
    /// </summary>
    public static int BatchSize => 1000;

    /// <summary>Batches per table and store in one run (a backlog larger than this is finished by the next runs).</summary>
    public static int MaxBatchesPerRun => 200;
}
