namespace AiqLoyalty.Core.Client;

/// <summary>
/// Per-call counters the <see cref="AiqCallTraceHandler"/> fills in below the resilience pipeline:
/// how many HTTP requests one call sent and the last one's status. Carried by an AsyncLocal for the
/// duration of one call, so concurrent calls on one client never share it.
/// </summary>
internal sealed class AiqCallTrace
{
    private static readonly AsyncLocal<AiqCallTrace?> Ambient = new();

    private int _attempts;
    private int _lastStatus;

    /// <summary>The trace of the call in flight on this flow, or null.</summary>
    public static AiqCallTrace? Current => Ambient.Value;

    /// <summary>Requests sent.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>The last attempt's status, or null when it got no answer.</summary>
    public int? LastStatus => Volatile.Read(ref _lastStatus) is var status and > 0 ? status : null;

    /// <summary>Starts a trace for the current flow; the previous one comes back when the returned scope is disposed.</summary>
    public static Scope Start()
    {
        var previous = Ambient.Value;
        var trace = new AiqCallTrace();
        Ambient.Value = trace;
        return new Scope(trace, previous);
    }

    /// <summary>An attempt is about to be sent (its status is unknown until it answers).</summary>
    public void AttemptStarted()
    {
        Interlocked.Increment(ref _attempts);
        Volatile.Write(ref _lastStatus, 0);
    }

    /// <summary>The attempt answered.</summary>
    public void AttemptAnswered(int status) => Volatile.Write(ref _lastStatus, status);

    /// <summary>Ends a trace.</summary>
    internal readonly struct Scope : IDisposable
    {
        private readonly AiqCallTrace? _previous;

        public Scope(AiqCallTrace trace, AiqCallTrace? previous)
        {
            Trace = trace;
            _previous = previous;
        }

        /// <summary>The trace.</summary>
        public AiqCallTrace Trace { get; }

        /// <summary>Restores the previous trace.</summary>
        public void Dispose() => Ambient.Value = _previous;
    }
}
