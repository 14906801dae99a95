namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Shared by the sends of one store's run: bounds the sends in flight and lets one send stop the rest
/// of the run (429, refused credentials, the run budget).
/// </summary>
public sealed class AbandonedCartRunControl : IDisposable
{
    #region Fields

    private readonly AbandonedCartSyncResult _result;
    private volatile bool _stopped;

    #endregion

    #region Ctor

    /// <summary>Creates the control of one store's run.</summary>
    /// <param name="result">The store's result, which records the stop reason.</param>
    /// <param name="deadlineUtc">No send starts after this.</param>
    public AbandonedCartRunControl(AbandonedCartSyncResult result, DateTime deadlineUtc)
    {
        ArgumentNullException.ThrowIfNull(result);
        _result = result;
        DeadlineUtc = deadlineUtc;
    }

    #endregion

    #region Properties

    /// <summary>No send starts after this.</summary>
    public DateTime DeadlineUtc { get; }

    /// <summary>Admits at most <see cref="AbandonedCartDefaults.MaxConcurrentSends"/> sends at AIQ at once.</summary>
    public SemaphoreSlim SendGate { get; } = new(AbandonedCartDefaults.MaxConcurrentSends, AbandonedCartDefaults.MaxConcurrentSends);

    /// <summary>True once any send or the loop stopped the run.</summary>
    public bool IsStopped => _stopped;

    /// <summary>Why the run stopped (the first reason wins).</summary>
    public string Reason => _result.StopReason;

    #endregion

    #region Methods

    /// <summary>Stops the run: no further send starts.</summary>
    /// <param name="reason">RateLimited, RunBudget, or the AIQ error kind that makes every send fail.</param>
    public void Stop(string reason)
    {
        _result.Stop(reason);
        _stopped = true;
    }

    /// <inheritdoc />
    public void Dispose() => SendGate.Dispose();

    #endregion
}
