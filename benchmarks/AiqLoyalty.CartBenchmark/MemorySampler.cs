using System.Diagnostics;

namespace AiqLoyalty.CartBenchmark;

/// <summary>Samples the process working set every 100 ms and keeps the peak.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    /// <summary>Starts sampling.</summary>
    public MemorySampler() => _loop = Task.Run(LoopAsync);

    /// <summary>Highest working set seen since the last reset, in bytes.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <summary>The working set now, in bytes.</summary>
    public static long Current
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.WorkingSet64;
        }
    }

    /// <summary>Starts a new peak window.</summary>
    public void Reset() => Interlocked.Exchange(ref _peak, Current);

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var now = Current;
            long seen;
            do
            {
                seen = Interlocked.Read(ref _peak);
            } while (now > seen && Interlocked.CompareExchange(ref _peak, now, seen) != seen);

            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
