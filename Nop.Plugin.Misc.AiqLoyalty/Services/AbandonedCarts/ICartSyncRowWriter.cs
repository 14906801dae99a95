using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// How a run takes a cart's sync row before sending: an insert the unique (store, customer) index
/// refuses, or a conditional UPDATE over the status and attempt count it read. Of two store instances
/// (or a "Run now" overlapping the schedule) taking the same cart, exactly one sends it.
/// </summary>
public interface ICartSyncRowWriter
{
    /// <summary>Inserts a new row; false (and nothing written) when another run already has a row for that cart.</summary>
    Task<bool> TryInsertAsync(AiqCartSync row);

    /// <summary>
    /// Inserts new rows in one statement; when that is refused (another run wrote some of them, or, on
    /// MySQL and SQL Server, took the same new ids), one by one. Returns the rows this run inserted.
    /// </summary>
    Task<IList<AiqCartSync>> InsertNewAsync(IList<AiqCartSync> rows);

    /// <summary>
    /// Writes the row's new values only while it still has the status and attempt count this run read;
    /// false when another run took it first.
    /// </summary>
    Task<bool> TryPickAsync(AiqCartSync row, int expectedStatusId, int expectedAttempts);
}
