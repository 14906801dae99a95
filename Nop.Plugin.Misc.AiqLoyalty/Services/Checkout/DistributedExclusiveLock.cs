using AiqLoyalty.Core.Checkout;
using Nop.Core.Caching;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// The core's exclusive lock over nopCommerce's <see cref="ILocker"/>, which uses the distributed
/// cache (Redis in a web farm), so the lock holds across store instances.
/// </summary>
public class DistributedExclusiveLock : IExclusiveLock
{
    private readonly ILocker _locker;

    /// <summary>Creates the lock.</summary>
    public DistributedExclusiveLock(ILocker locker)
    {
        _locker = locker;
    }

    /// <inheritdoc />
    public Task<bool> TryRunAsync(string key, TimeSpan expiry, Func<Task> action) =>
        _locker.PerformActionWithLockAsync(key, expiry, action);
}
