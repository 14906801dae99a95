using System.Collections.Concurrent;
using AiqLoyalty.Core.Checkout;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>A test double of the distributed lock: refuses a key that is held.</summary>
public sealed class InMemoryExclusiveLock : IExclusiveLock
{
    private readonly ConcurrentDictionary<string, bool> _held = new();

    public async Task<bool> TryRunAsync(string key, TimeSpan expiry, Func<Task> action)
    {
        if (!_held.TryAdd(key, true))
            return false;
        try
        {
            await action();
            return true;
        }
        finally
        {
            _held.TryRemove(key, out _);
        }
    }
}
