using System.Globalization;
using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.Faults;

namespace AiqLoyalty.Sandbox.State;

/// <summary>Carts, injected faults and call counts.</summary>
public sealed partial class SandboxState
{
    /// <summary>All carts received since the last reset, oldest first (bodies are copies).</summary>
    public IReadOnlyList<CartRecord> GetCarts()
    {
        lock (_gate)
            return [.. _carts.Select(c => c with { Body = (JsonObject)c.Body.DeepClone() })];
    }

    /// <summary>API calls received per "METHOD route-template" since the last reset.</summary>
    public IReadOnlyDictionary<string, int> GetCallCounts()
    {
        lock (_gate)
            return new SortedDictionary<string, int>(_calls, StringComparer.Ordinal);
    }

    /// <summary>
    /// API calls received per "METHOD path" (the path as requested, e.g. one redemption URL or one
    /// contact's adjustment) since the last reset, optionally only paths starting with <paramref name="prefix"/>.
    /// </summary>
    public IReadOnlyDictionary<string, int> GetPathCallCounts(string? prefix = null)
    {
        lock (_gate)
        {
            return new SortedDictionary<string, int>(
                _pathCalls.Where(c => prefix is null || c.Key[(c.Key.IndexOf(' ') + 1)..].StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    .ToDictionary(c => c.Key, c => c.Value),
                StringComparer.Ordinal);
        }
    }

    /// <summary>The queued faults, with <see cref="FaultSpec.Times"/> as the remaining count.</summary>
    public IReadOnlyList<FaultSpec> GetFaults()
    {
        lock (_gate)
            return [.. _faults];
    }

    /// <summary>Queues a fault behind any already queued.</summary>
    public void AddFault(FaultSpec fault)
    {
        lock (_gate)
            _faults.Add(fault);
    }

    /// <summary>Removes every queued fault.</summary>
    public void ClearFaults()
    {
        lock (_gate)
            _faults.Clear();
    }

    /// <summary>Takes one use of the first fault matching the request, or null.</summary>
    internal FaultSpec? TakeFault(string method, string path)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => f.Matches(method, path));
            if (index < 0)
                return null;

            var fault = _faults[index];
            if (fault.Times <= 1)
                _faults.RemoveAt(index);
            else
                _faults[index] = fault with { Times = fault.Times - 1 };

            return fault;
        }
    }

    /// <summary>Stores a cart under the next sequence id.</summary>
    internal Outcome AddCart(string uid, JsonObject body)
    {
        lock (_gate)
        {
            var id = (++_cartSequence).ToString(CultureInfo.InvariantCulture);
            _carts.Add(new CartRecord(id, Time.GetUtcNow(), uid, (JsonObject)body.DeepClone()));
            return Outcome.Ok(new JsonObject { ["id"] = id });
        }
    }

    /// <summary>Counts one API call, under its route template and under its path.</summary>
    internal void RecordCall(string templateKey, string pathKey)
    {
        lock (_gate)
        {
            _calls[templateKey] = _calls.GetValueOrDefault(templateKey) + 1;
            _pathCalls[pathKey] = _pathCalls.GetValueOrDefault(pathKey) + 1;
        }
    }
}
