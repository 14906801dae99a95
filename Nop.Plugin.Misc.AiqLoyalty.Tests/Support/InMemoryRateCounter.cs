using AiqLoyalty.Core.Checkout;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>
/// A test double of the atomic budgets (the plugin's are conditional UPDATEs on a table): each take is
/// atomic under one lock, like a row-locked statement; it counts what reached it.
/// </summary>
public sealed class InMemoryRateCounter : IRateCounter
{
    private readonly object _gate = new();
    private readonly Dictionary<(int, string), (DateTimeOffset Start, int Count)> _windows = [];

    /// <summary>Units currently taken under a key (store 1 unless given).</summary>
    public int Taken(string key, int storeId = 1)
    {
        lock (_gate)
            return _windows.TryGetValue((storeId, key), out var window) ? window.Count : 0;
    }

    /// <summary>Keys with units taken.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            lock (_gate)
                return _windows.Where(pair => pair.Value.Count > 0).Select(pair => pair.Key.Item2).ToList();
        }
    }

    public Task<bool> TryTakeAsync(RateBudget budget, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = (budget.StoreId, budget.Key);
            if (!_windows.TryGetValue(key, out var window) || window.Start <= now - budget.Window)
                window = (now, 0);
            if (window.Count >= budget.Limit)
            {
                _windows[key] = window;
                return Task.FromResult(false);
            }

            _windows[key] = (window.Start, window.Count + 1);
            return Task.FromResult(true);
        }
    }

    public Task<int> CountAsync(RateBudget budget, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult(_windows.TryGetValue((budget.StoreId, budget.Key), out var window) && window.Start > now - budget.Window ? window.Count : 0);
    }

    public Task ResetAsync(RateBudget budget, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = (budget.StoreId, budget.Key);
            if (_windows.TryGetValue(key, out var window))
                _windows[key] = (window.Start, 0);
        }

        return Task.CompletedTask;
    }

    public Task GiveBackAsync(RateBudget budget, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = (budget.StoreId, budget.Key);
            if (_windows.TryGetValue(key, out var window) && window.Count > 0)
                _windows[key] = (window.Start, window.Count - 1);
        }

        return Task.CompletedTask;
    }
}
