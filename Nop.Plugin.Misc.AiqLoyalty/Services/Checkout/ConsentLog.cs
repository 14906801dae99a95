using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Consent;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>Writes consent records to the plugin's table.</summary>
public class ConsentLog : IConsentLog
{
    private readonly IRepository<AiqConsentRecord> _repository;

    /// <summary>Creates the log.</summary>
    public ConsentLog(IRepository<AiqConsentRecord> repository)
    {
        _repository = repository;
    }

    /// <inheritdoc />
    public async Task<int> RecordAsync(ConsentEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var record = new AiqConsentRecord
        {
            StoreId = entry.StoreId,
            CustomerId = entry.CustomerId,
            IdentityKindId = (int)entry.Identity.Kind,
            IdentityValue = entry.Identity.Value,
            CountryId = entry.Country == AiqCountry.Canada ? 1 : 0,
            ConsentText = entry.Text,
            ContactId = entry.ContactId,
            ConsentedOnUtc = entry.At.UtcDateTime
        };
        await _repository.InsertAsync(record, publishEvent: false);
        return record.Id;
    }

    /// <inheritdoc />
    public async Task SetContactIdAsync(int consentId, string contactId, CancellationToken cancellationToken = default)
    {
        var record = await _repository.GetByIdAsync(consentId);
        if (record is null)
            return;
        record.ContactId = contactId;
        await _repository.UpdateAsync(record, publishEvent: false);
    }
}
