using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using L = LinqToDB.LinqExtensions;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Sync rows taken through nopCommerce's repository: inserts guarded by the unique (store, customer)
/// index, updates as one conditional <c>UPDATE … WHERE Id = @id AND StatusId = @read AND Attempts = @read</c>
/// through the repository's linq2db table (the same in linq2db 5 and 6). Taking a row always changes its
/// status or attempt count, so the pair works as the row's version.
/// </summary>
public class CartSyncRowWriter : ICartSyncRowWriter
{
    private readonly IRepository<AiqCartSync> _syncRepository;

    /// <summary>Creates the writer.</summary>
    public CartSyncRowWriter(IRepository<AiqCartSync> syncRepository)
    {
        _syncRepository = syncRepository;
    }

    /// <inheritdoc />
    public async Task<bool> TryInsertAsync(AiqCartSync row)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            await _syncRepository.InsertAsync(row, false);
            return true;
        }
        catch (Exception)
        {
            // The unique index refused it: another run has this cart. Anything else is a real error.
            var storeId = row.StoreId;
            var customerId = row.CustomerId;
            if (!await _syncRepository.Table.AnyAsync(sync => sync.StoreId == storeId && sync.CustomerId == customerId))
                throw;
            row.Id = 0;
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IList<AiqCartSync>> InsertNewAsync(IList<AiqCartSync> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
            return rows;
        try
        {
            await _syncRepository.InsertAsync(rows, false);
            return rows;
        }
        catch (Exception)
        {
            var mine = new List<AiqCartSync>();
            foreach (var row in rows)
            {
                row.Id = 0;
                if (await TryInsertAsync(row))
                    mine.Add(row);
            }

            return mine;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryPickAsync(AiqCartSync row, int expectedStatusId, int expectedAttempts)
    {
        ArgumentNullException.ThrowIfNull(row);
        var id = row.Id;
        var current = _syncRepository.Table.Where(sync => sync.Id == id && sync.StatusId == expectedStatusId && sync.Attempts == expectedAttempts);
        var update = L.Set(current, sync => sync.StatusId, row.StatusId);
        update = L.Set(update, sync => sync.Attempts, row.Attempts);
        update = L.Set(update, sync => sync.Fingerprint, row.Fingerprint);
        update = L.Set(update, sync => sync.CartUpdatedOnUtc, row.CartUpdatedOnUtc);
        update = L.Set(update, sync => sync.ContactMasked, row.ContactMasked);
        update = L.Set(update, sync => sync.ItemCount, row.ItemCount);
        update = L.Set(update, sync => sync.CartTotal, row.CartTotal);
        update = L.Set(update, sync => sync.HttpStatus, row.HttpStatus);
        update = L.Set(update, sync => sync.Error, row.Error);
        update = L.Set(update, sync => sync.NextAttemptOnUtc, row.NextAttemptOnUtc);
        update = L.Set(update, sync => sync.UpdatedOnUtc, row.UpdatedOnUtc);
        return await L.UpdateAsync(update) == 1;
    }
}
