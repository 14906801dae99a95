using System.Collections.Concurrent;
using AiqLoyalty.Core.Client;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>An <see cref="IAiqCallObserver"/> that keeps every record it is told about; it can be told to throw.</summary>
public sealed class RecordingCallObserver : IAiqCallObserver
{
    private readonly ConcurrentQueue<AiqCallRecord> _records = new();

    /// <summary>Records in the order they arrived.</summary>
    public IReadOnlyList<AiqCallRecord> Records => _records.ToArray();

    /// <summary>When set, every report throws this after being kept.</summary>
    public Exception? Throw { get; set; }

    public Task OnCallCompletedAsync(AiqCallRecord record)
    {
        _records.Enqueue(record);
        return Throw is null ? Task.CompletedTask : Task.FromException(Throw);
    }
}
