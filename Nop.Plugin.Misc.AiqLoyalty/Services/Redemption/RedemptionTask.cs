using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;

/// <summary>The scheduled task that runs the redemption worker.</summary>
public class RedemptionTask : IScheduleTask
{
    private readonly IRedemptionWorker _worker;

    /// <summary>Creates the task.</summary>
    public RedemptionTask(IRedemptionWorker worker)
    {
        _worker = worker;
    }

    /// <summary>One bounded run.</summary>
    public Task ExecuteAsync() => _worker.RunAsync();
}
