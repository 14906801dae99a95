namespace AiqLoyalty.Core.Checkout;

/// <summary>
/// A lock shared by every server instance (the adapter uses nopCommerce's distributed locker), so two
/// requests cannot both spend the same remaining attempt.
/// </summary>
public interface IExclusiveLock
{
    /// <summary>Runs the action while holding the lock; false (action not run) when someone else holds it.</summary>
    Task<bool> TryRunAsync(string key, TimeSpan expiry, Func<Task> action);
}
