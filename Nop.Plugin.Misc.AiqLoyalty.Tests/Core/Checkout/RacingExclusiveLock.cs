using AiqLoyalty.Core.Checkout;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Checkout;

/// <summary>
/// A lock that never excludes anyone: what nopCommerce's cache lockers amount to under a race (they
/// read, then write the lock key, so two requests can both "take" it). The budgets must hold anyway.
/// </summary>
public sealed class RacingExclusiveLock : IExclusiveLock
{
    public async Task<bool> TryRunAsync(string key, TimeSpan expiry, Func<Task> action)
    {
        await Task.Yield();
        await action();
        return true;
    }
}
