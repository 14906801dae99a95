using System.Collections.Concurrent;
using AiqLoyalty.Core.Checkout;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>A test double of the consent log.</summary>
public sealed class RecordingConsentLog : IConsentLog
{
    public ConcurrentDictionary<int, ConsentEntry> Entries { get; } = new();

    public Task<int> RecordAsync(ConsentEntry entry, CancellationToken cancellationToken = default)
    {
        var id = Entries.Count + 1;
        Entries[id] = entry;
        return Task.FromResult(id);
    }

    public Task SetContactIdAsync(int consentId, string contactId, CancellationToken cancellationToken = default)
    {
        Entries[consentId] = Entries[consentId] with { ContactId = contactId };
        return Task.CompletedTask;
    }
}
