using AiqLoyalty.Core.Redemption;
using System.Linq.Expressions;
using Moq;
using Nop.Core.Caching;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Gdpr;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>
/// nopCommerce's <see cref="IRepository{TEntity}"/> over an <see cref="InMemoryTable{T}"/>, strict (any
/// other member throws, so a service reaching for something unexpected shows up in a test). The
/// plugin's tables: Table, GetByIdAsync, InsertAsync (one or many), UpdateAsync, DeleteAsync(entity) and
/// DeleteAsync(predicate), with the unique keys of the real tables. nopCommerce's tables: Table only
/// (the plugin only reads them).
/// </summary>
/// <remarks>
/// One method per entity on purpose, not one generic method: a method constrained to nopCommerce's
/// BaseEntity (which IRepository requires) cannot be loaded while NUnit discovers tests (see
/// <see cref="InMemoryTable{T}"/>).
/// </remarks>
internal static class InMemoryRepository
{
    /// <summary>A table without a unique key (nopCommerce's own tables, claims, consent records, the sync log).</summary>
    public static InMemoryTable<T> Table<T>() where T : class => new();

    /// <summary>Claims.</summary>
    public static InMemoryTable<AiqRewardClaim> ClaimTable() => new();

    /// <summary>Claim locks, with the unique LockKey of the real table.</summary>
    public static InMemoryTable<AiqRewardClaimLock> LockTable() => new(row => row.LockKey);

    /// <summary>Verifications, unique per store and scope like the real table.</summary>
    public static InMemoryTable<AiqVerification> VerificationTable() => new(row => $"{row.StoreId}|{row.ScopeKey}");

    /// <summary>Consent records.</summary>
    public static InMemoryTable<AiqConsentRecord> ConsentTable() => new();

    /// <summary>Claims.</summary>
    public static Mock<IRepository<AiqRewardClaim>> Over(InMemoryTable<AiqRewardClaim> table)
    {
        var mock = new Mock<IRepository<AiqRewardClaim>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.GetByIdAsync(It.IsAny<int?>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns((int? id, Func<ICacheKeyService, CacheKey> _, bool _, bool _) => table.GetByIdAsync(id)!);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqRewardClaim>(), It.IsAny<bool>())).Returns((AiqRewardClaim row, bool _) => table.InsertAsync(row));
        mock.Setup(r => r.InsertAsync(It.IsAny<IList<AiqRewardClaim>>(), It.IsAny<bool>())).Returns((IList<AiqRewardClaim> rows, bool _) => table.InsertAsync(rows));
        mock.Setup(r => r.UpdateAsync(It.IsAny<AiqRewardClaim>(), It.IsAny<bool>())).Returns((AiqRewardClaim row, bool _) => table.UpdateAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<AiqRewardClaim>(), It.IsAny<bool>())).Returns((AiqRewardClaim row, bool _) => table.DeleteAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqRewardClaim, bool>>>())).Returns((Expression<Func<AiqRewardClaim, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }

    /// <summary>
    /// The claim table's conditional UPDATEs over the same rows: a write lands only over the version it
    /// read; RefundRequested is kept as stored (only the flag write sets it), and a redeemed claim written
    /// without a next attempt gets one when its stored flag is set, as the SQL does.
    /// </summary>
    public static Mock<IClaimRowWriter> ClaimWriter(InMemoryTable<AiqRewardClaim> table, InMemoryTable<AiqRewardClaimLock> locks)
    {
        var mock = new Mock<IClaimRowWriter>(MockBehavior.Strict);
        mock.Setup(w => w.UpdateIfVersionAsync(It.IsAny<AiqRewardClaim>(), It.IsAny<int>()))
            .Returns((AiqRewardClaim claim, int expected) => Task.FromResult(table.UpdateWhere(claim.Id, stored => stored.RowVersion == expected, stored =>
            {
                var next = Copy.Of(claim);
                next.RefundRequested = stored.RefundRequested;
                if (next.StateId == (int)ClaimState.Redeemed && next.NextAttemptOnUtc is null && stored.RefundRequested)
                    next.NextAttemptOnUtc = next.UpdatedOnUtc;
                return next;
            })));
        mock.Setup(w => w.DeleteLockAsync(It.IsAny<int>())).Returns((int claimId) => locks.DeleteAsync(l => l.ClaimId == claimId));
        mock.Setup(w => w.DeleteLockAsync(It.IsAny<string>(), It.IsAny<int>()))
            .Returns((string key, int claimId) => locks.DeleteAsync(l => l.LockKey == key && l.ClaimId == claimId));
        mock.Setup(w => w.FlagRefundAsync(It.IsAny<int>()))
            .Returns((int id) => Task.FromResult(table.UpdateWhere(id, stored => !stored.RefundRequested, stored =>
            {
                stored.RefundRequested = true;
                return stored;
            })));
        return mock;
    }

    /// <summary>Sync rows, one per cart (the unique store + customer index).</summary>
    public static InMemoryTable<AiqCartSync> CartSyncTable() => new(row => $"{row.StoreId}|{row.CustomerId}");

    /// <summary>The sync table's guarded inserts and conditional updates over the same rows.</summary>
    public static Mock<ICartSyncRowWriter> CartSyncWriter(InMemoryTable<AiqCartSync> table)
    {
        var mock = new Mock<ICartSyncRowWriter>(MockBehavior.Strict);
        // No async lambdas here: a compiler-made state machine over a nopCommerce type in the test
        // assembly keeps NUnit from discovering any test (see InMemoryTable). The table is synchronous.
        mock.Setup(w => w.TryInsertAsync(It.IsAny<AiqCartSync>())).Returns((AiqCartSync row) => Task.FromResult(TryInsert(table, row)));
        mock.Setup(w => w.InsertNewAsync(It.IsAny<IList<AiqCartSync>>()))
            .Returns((IList<AiqCartSync> rows) => Task.FromResult<IList<AiqCartSync>>(rows.Where(row => TryInsert(table, row)).ToList()));
        mock.Setup(w => w.TryPickAsync(It.IsAny<AiqCartSync>(), It.IsAny<int>(), It.IsAny<int>()))
            .Returns((AiqCartSync row, int status, int attempts) => Task.FromResult(
                table.UpdateWhere(row.Id, stored => stored.StatusId == status && stored.Attempts == attempts, _ => Copy.Of(row)) == 1));
        return mock;
    }

    private static bool TryInsert(InMemoryTable<AiqCartSync> table, AiqCartSync row)
    {
        try
        {
            table.InsertAsync(row).GetAwaiter().GetResult();
            return true;
        }
        catch (UniqueKeyViolationException)
        {
            row.Id = 0;
            return false;
        }
    }

    /// <summary>Claim locks.</summary>
    public static Mock<IRepository<AiqRewardClaimLock>> Over(InMemoryTable<AiqRewardClaimLock> table)
    {
        var mock = new Mock<IRepository<AiqRewardClaimLock>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.GetByIdAsync(It.IsAny<int?>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns((int? id, Func<ICacheKeyService, CacheKey> _, bool _, bool _) => table.GetByIdAsync(id)!);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqRewardClaimLock>(), It.IsAny<bool>())).Returns((AiqRewardClaimLock row, bool _) => table.InsertAsync(row));
        mock.Setup(r => r.InsertAsync(It.IsAny<IList<AiqRewardClaimLock>>(), It.IsAny<bool>())).Returns((IList<AiqRewardClaimLock> rows, bool _) => table.InsertAsync(rows));
        mock.Setup(r => r.UpdateAsync(It.IsAny<AiqRewardClaimLock>(), It.IsAny<bool>())).Returns((AiqRewardClaimLock row, bool _) => table.UpdateAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<AiqRewardClaimLock>(), It.IsAny<bool>())).Returns((AiqRewardClaimLock row, bool _) => table.DeleteAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqRewardClaimLock, bool>>>())).Returns((Expression<Func<AiqRewardClaimLock, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }

    /// <summary>Verifications.</summary>
    public static Mock<IRepository<AiqVerification>> Over(InMemoryTable<AiqVerification> table)
    {
        var mock = new Mock<IRepository<AiqVerification>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.GetByIdAsync(It.IsAny<int?>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns((int? id, Func<ICacheKeyService, CacheKey> _, bool _, bool _) => table.GetByIdAsync(id)!);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqVerification>(), It.IsAny<bool>())).Returns((AiqVerification row, bool _) => table.InsertAsync(row));
        mock.Setup(r => r.InsertAsync(It.IsAny<IList<AiqVerification>>(), It.IsAny<bool>())).Returns((IList<AiqVerification> rows, bool _) => table.InsertAsync(rows));
        mock.Setup(r => r.UpdateAsync(It.IsAny<AiqVerification>(), It.IsAny<bool>())).Returns((AiqVerification row, bool _) => table.UpdateAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<AiqVerification>(), It.IsAny<bool>())).Returns((AiqVerification row, bool _) => table.DeleteAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqVerification, bool>>>())).Returns((Expression<Func<AiqVerification, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }

    /// <summary>Consent records.</summary>
    public static Mock<IRepository<AiqConsentRecord>> Over(InMemoryTable<AiqConsentRecord> table)
    {
        var mock = new Mock<IRepository<AiqConsentRecord>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.GetByIdAsync(It.IsAny<int?>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns((int? id, Func<ICacheKeyService, CacheKey> _, bool _, bool _) => table.GetByIdAsync(id)!);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqConsentRecord>(), It.IsAny<bool>())).Returns((AiqConsentRecord row, bool _) => table.InsertAsync(row));
        mock.Setup(r => r.InsertAsync(It.IsAny<IList<AiqConsentRecord>>(), It.IsAny<bool>())).Returns((IList<AiqConsentRecord> rows, bool _) => table.InsertAsync(rows));
        mock.Setup(r => r.UpdateAsync(It.IsAny<AiqConsentRecord>(), It.IsAny<bool>())).Returns((AiqConsentRecord row, bool _) => table.UpdateAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<AiqConsentRecord>(), It.IsAny<bool>())).Returns((AiqConsentRecord row, bool _) => table.DeleteAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqConsentRecord, bool>>>())).Returns((Expression<Func<AiqConsentRecord, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }

    /// <summary>The abandoned-cart sync log.</summary>
    public static Mock<IRepository<AiqCartSync>> Over(InMemoryTable<AiqCartSync> table)
    {
        var mock = new Mock<IRepository<AiqCartSync>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.GetByIdAsync(It.IsAny<int?>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns((int? id, Func<ICacheKeyService, CacheKey> _, bool _, bool _) => table.GetByIdAsync(id)!);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqCartSync>(), It.IsAny<bool>())).Returns((AiqCartSync row, bool _) => table.InsertAsync(row));
        mock.Setup(r => r.InsertAsync(It.IsAny<IList<AiqCartSync>>(), It.IsAny<bool>())).Returns((IList<AiqCartSync> rows, bool _) => table.InsertAsync(rows));
        mock.Setup(r => r.UpdateAsync(It.IsAny<AiqCartSync>(), It.IsAny<bool>())).Returns((AiqCartSync row, bool _) => table.UpdateAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<AiqCartSync>(), It.IsAny<bool>())).Returns((AiqCartSync row, bool _) => table.DeleteAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqCartSync, bool>>>())).Returns((Expression<Func<AiqCartSync, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }

    /// <summary>The AIQ call log.</summary>
    public static Mock<IRepository<AiqCallLogEntry>> Over(InMemoryTable<AiqCallLogEntry> table)
    {
        var mock = new Mock<IRepository<AiqCallLogEntry>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqCallLogEntry>(), It.IsAny<bool>())).Returns((AiqCallLogEntry row, bool _) => table.InsertAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqCallLogEntry, bool>>>())).Returns((Expression<Func<AiqCallLogEntry, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }

    /// <summary>Cart items (read by the abandoned-cart query).</summary>
    public static Mock<IRepository<ShoppingCartItem>> Over(InMemoryTable<ShoppingCartItem> table)
    {
        var mock = new Mock<IRepository<ShoppingCartItem>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        return mock;
    }

    /// <summary>Customers (read).</summary>
    public static Mock<IRepository<Customer>> Over(InMemoryTable<Customer> table)
    {
        var mock = new Mock<IRepository<Customer>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        return mock;
    }

    /// <summary>Addresses (read).</summary>
    public static Mock<IRepository<Address>> Over(InMemoryTable<Address> table)
    {
        var mock = new Mock<IRepository<Address>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        return mock;
    }

    /// <summary>Orders (read).</summary>
    public static Mock<IRepository<Order>> Over(InMemoryTable<Order> table)
    {
        var mock = new Mock<IRepository<Order>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        return mock;
    }

    /// <summary>nopCommerce's GDPR log (read by the consent reader).</summary>
    public static Mock<IRepository<GdprLog>> Over(InMemoryTable<GdprLog> table)
    {
        var mock = new Mock<IRepository<GdprLog>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        return mock;
    }

    /// <summary>nopCommerce's newsletter subscriptions (read by the consent reader).</summary>
    public static Mock<IRepository<NewsLetterSubscription>> Over(InMemoryTable<NewsLetterSubscription> table)
    {
        var mock = new Mock<IRepository<NewsLetterSubscription>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        return mock;
    }

    /// <summary>The plugin's rate counters (read and deleted by the GDPR erasure).</summary>
    public static Mock<IRepository<AiqRateCounter>> Over(InMemoryTable<AiqRateCounter> table)
    {
        var mock = new Mock<IRepository<AiqRateCounter>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqRateCounter, bool>>>())).Returns((Expression<Func<AiqRateCounter, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }
}
