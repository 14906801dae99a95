using AiqLoyalty.Core.Checkout;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// The core's budgets in the plugin's table. Every change is one conditional UPDATE through the
/// repository's linq2db table (the same <c>Set(...).Update()</c> nopCommerce's own migrations use,
/// unchanged from linq2db 5 to 6): the database decides, row-locked, whether a unit is left, so there
/// is no read-modify-write for parallel requests to slip through.
/// </summary>
public class RateCounter : IRateCounter
{
    #region Fields

    private readonly IRepository<AiqRateCounter> _repository;

    #endregion

    #region Ctor

    /// <summary>Creates the counter.</summary>
    public RateCounter(IRepository<AiqRateCounter> repository)
    {
        _repository = repository;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<bool> TryTakeAsync(RateBudget budget, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        if (budget.Limit <= 0)
            return false;

        var nowUtc = now.UtcDateTime;
        var endedBefore = nowUtc - budget.Window;
        await EnsureRowAsync(budget, nowUtc);

        // A window that has ended starts again with this unit.
        var restarted = await LinqToDB.LinqExtensions.UpdateAsync(
            LinqToDB.LinqExtensions.Set(
                LinqToDB.LinqExtensions.Set(Row(budget).Where(c => c.WindowStartUtc <= endedBefore), c => c.Count, 1),
                c => c.WindowStartUtc, nowUtc),
            cancellationToken);
        if (restarted > 0)
            return true;

        // Otherwise one more unit, only while the window has one left.
        var limit = budget.Limit;
        var taken = await LinqToDB.LinqExtensions.UpdateAsync(
            LinqToDB.LinqExtensions.Set(Row(budget).Where(c => c.WindowStartUtc > endedBefore && c.Count < limit), c => c.Count, c => c.Count + 1),
            cancellationToken);
        return taken > 0;
    }

    /// <inheritdoc />
    public async Task GiveBackAsync(RateBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        await LinqToDB.LinqExtensions.UpdateAsync(
            LinqToDB.LinqExtensions.Set(Row(budget).Where(c => c.Count > 0), c => c.Count, c => c.Count - 1),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task ResetAsync(RateBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        await LinqToDB.LinqExtensions.UpdateAsync(
            LinqToDB.LinqExtensions.Set(Row(budget).Where(c => c.Count > 0), c => c.Count, 0),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(RateBudget budget, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var endedBefore = now.UtcDateTime - budget.Window;
        return await Row(budget).Where(c => c.WindowStartUtc > endedBefore).Select(c => c.Count).FirstOrDefaultAsync();
    }

    #endregion

    #region Utilities

    private IQueryable<AiqRateCounter> Row(RateBudget budget)
    {
        var storeId = budget.StoreId;
        var key = budget.Key;
        return _repository.Table.Where(c => c.StoreId == storeId && c.CounterKey == key);
    }

    /// <summary>Creates the budget's row (count 0) the first time; a parallel first insert loses to the unique key.</summary>
    private async Task EnsureRowAsync(RateBudget budget, DateTime nowUtc)
    {
        if (await Row(budget).AnyAsync())
            return;
        try
        {
            await _repository.InsertAsync(new AiqRateCounter { StoreId = budget.StoreId, CounterKey = budget.Key, WindowStartUtc = nowUtc, Count = 0 }, publishEvent: false);
        }
        catch (Exception)
        {
            // Another request may have created it first (unique store + key): use that one.
            if (!await Row(budget).AnyAsync())
                throw;
        }
    }

    #endregion
}
