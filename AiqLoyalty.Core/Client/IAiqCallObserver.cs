namespace AiqLoyalty.Core.Client;

/// <summary>
/// Told about every call a client makes, once it ends (one record per call: retries inside the
/// resilience pipeline are counted in <see cref="AiqCallRecord.Attempts"/>, not recorded apart).
/// </summary>
/// <remarks>
/// It runs in the caller's flow after the answer is in, so its cost adds to the caller's wait: keep
/// it to one short write. An exception it throws is logged by the client and never fails the call.
/// </remarks>
public interface IAiqCallObserver
{
    /// <summary>Records one finished call.</summary>
    Task OnCallCompletedAsync(AiqCallRecord record);
}
