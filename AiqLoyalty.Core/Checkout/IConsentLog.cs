namespace AiqLoyalty.Core.Checkout;

/// <summary>Keeps consent records (the adapter writes them to the database).</summary>
public interface IConsentLog
{
    /// <summary>Records a consent; called before AIQ is asked to create the member.</summary>
    Task<int> RecordAsync(ConsentEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Adds AIQ's contact id to a recorded consent.</summary>
    Task SetContactIdAsync(int consentId, string contactId, CancellationToken cancellationToken = default);
}
