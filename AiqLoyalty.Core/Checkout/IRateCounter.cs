namespace AiqLoyalty.Core.Checkout;

/// <summary>
/// Counters shared by every server instance (the adapter keeps them in a database table and changes
/// them with single conditional statements), so a budget holds against parallel requests, new
/// sessions and several servers: an attempt is taken from the budget before AIQ is asked.
/// </summary>
public interface IRateCounter
{
    /// <summary>
    /// Takes one unit of <paramref name="budget"/> atomically: true when the current window had one
    /// left (a window that has ended starts again at <paramref name="now"/>), false when it is spent.
    /// </summary>
    Task<bool> TryTakeAsync(RateBudget budget, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Gives one unit back (the attempt it was taken for turned out not to count), atomically, never below zero.</summary>
    Task GiveBackAsync(RateBudget budget, CancellationToken cancellationToken = default);

    /// <summary>Empties the budget's window (e.g. the owner proved the identity with the right code).</summary>
    Task ResetAsync(RateBudget budget, CancellationToken cancellationToken = default);

    /// <summary>The units taken in the budget's current window (0 once it has ended).</summary>
    Task<int> CountAsync(RateBudget budget, DateTimeOffset now, CancellationToken cancellationToken = default);
}
