namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>What a run (or one store's part of it) did; safe to add up across stores.</summary>
public class AbandonedCartSyncResult
{
    private readonly object _lock = new();

    /// <summary>Stores processed.</summary>
    public int Stores { get; private set; }

    /// <summary>Carts the selection found.</summary>
    public int Selected { get; private set; }

    /// <summary>Carts AIQ accepted.</summary>
    public int Sent { get; private set; }

    /// <summary>Carts whose content had not changed since they were sent (not sent again).</summary>
    public int Unchanged { get; private set; }

    /// <summary>Sends that failed transiently and will be retried.</summary>
    public int Retrying { get; private set; }

    /// <summary>Sends AIQ refused for good.</summary>
    public int Failed { get; private set; }

    /// <summary>Carts skipped (reason on the row).</summary>
    public int Skipped { get; private set; }

    /// <summary>Carts another run (another store instance, or "Run now") took first and sends.</summary>
    public int TakenByAnotherRun { get; private set; }

    /// <summary>Sent carts marked recovered (an order followed).</summary>
    public int Recovered { get; private set; }

    /// <summary>Old rows purged.</summary>
    public int Purged { get; private set; }

    /// <summary>Carts that failed inside the plugin (logged; their rows are picked up again later).</summary>
    public int Errors { get; private set; }

    /// <summary>True when a store's run stopped early: 429, refused credentials, or the run budget.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Why the run stopped early, if it did.</summary>
    public string StopReason { get; private set; }

    /// <summary>Time spent in the selection queries.</summary>
    public TimeSpan SelectionTime { get; private set; }

    /// <summary>Selection queries run.</summary>
    public int SelectionQueries { get; private set; }

    /// <summary>Counts one outcome.</summary>
    public void Count(AbandonedCartOutcome outcome)
    {
        lock (_lock)
        {
            switch (outcome)
            {
                case AbandonedCartOutcome.Sent: Sent++; break;
                case AbandonedCartOutcome.Unchanged: Unchanged++; break;
                case AbandonedCartOutcome.Retrying: Retrying++; break;
                case AbandonedCartOutcome.Failed: Failed++; break;
                case AbandonedCartOutcome.Skipped: Skipped++; break;
                case AbandonedCartOutcome.Error: Errors++; break;
                case AbandonedCartOutcome.NotStarted: break;
                case AbandonedCartOutcome.TakenByAnotherRun: TakenByAnotherRun++; break;
            }
        }
    }

    /// <summary>Adds a selection query's time and rows.</summary>
    public void AddSelection(TimeSpan elapsed, int rows)
    {
        lock (_lock)
        {
            SelectionTime += elapsed;
            SelectionQueries++;
            Selected += rows;
        }
    }

    /// <summary>Adds recovered rows.</summary>
    public void AddRecovered(int count) { lock (_lock) Recovered += count; }

    /// <summary>Adds purged rows.</summary>
    public void AddPurged(int count) { lock (_lock) Purged += count; }

    /// <summary>Counts a processed store.</summary>
    public void AddStore() { lock (_lock) Stores++; }

    /// <summary>Records an early stop (the first reason wins).</summary>
    public void Stop(string reason)
    {
        lock (_lock)
        {
            if (Stopped)
                return;
            Stopped = true;
            StopReason = reason;
        }
    }

    /// <summary>Adds another result (another store) to this one.</summary>
    public void Add(AbandonedCartSyncResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        lock (_lock)
        {
            Stores += other.Stores;
            Selected += other.Selected;
            Sent += other.Sent;
            Unchanged += other.Unchanged;
            Retrying += other.Retrying;
            Failed += other.Failed;
            Skipped += other.Skipped;
            TakenByAnotherRun += other.TakenByAnotherRun;
            Recovered += other.Recovered;
            Purged += other.Purged;
            Errors += other.Errors;
            SelectionTime += other.SelectionTime;
            SelectionQueries += other.SelectionQueries;
            if (other.Stopped && !Stopped)
            {
                Stopped = true;
                StopReason = other.StopReason;
            }
        }
    }
}
