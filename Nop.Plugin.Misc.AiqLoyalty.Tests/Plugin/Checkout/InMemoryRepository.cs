using System.Linq.Expressions;
using System.Reflection;
using Moq;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>
/// A table in memory that behaves like a database table for the plugin's repositories: rows are
/// stored as copies (a change to an entity is only seen after UpdateAsync, as with a database),
/// InsertAsync assigns identity ids that are never reused, and an optional unique key makes a
/// second insert with the same key throw, as a unique index would.
/// </summary>
/// <remarks>
/// Deliberately unconstrained (not <c>where T : BaseEntity</c>): a type constrained to a nopCommerce
/// type cannot be loaded while NUnit discovers tests, before <see cref="Plugin.NopCommerceAssemblyResolver"/>
/// is registered. <see cref="InMemoryRepository"/> wires it to <see cref="IRepository{TEntity}"/> per entity.
/// </remarks>
internal sealed class InMemoryTable<T> where T : class
{
    private readonly object _gate = new();
    private readonly List<T> _rows = [];
    private readonly Func<T, int> _getId;
    private readonly Action<T, int> _setId;
    private readonly Func<T, string?>? _uniqueKey;
    private int _lastId;

    public InMemoryTable(Func<T, int> getId, Action<T, int> setId, Func<T, string?>? uniqueKey = null)
    {
        _getId = getId;
        _setId = setId;
        _uniqueKey = uniqueKey;
    }

    /// <summary>Runs before each insert (e.g. to let "another request" write a row first).</summary>
    public Action<T>? BeforeInsert { get; set; }

    /// <summary>Copies of the rows, in id order.</summary>
    public IReadOnlyList<T> Rows
    {
        get
        {
            lock (_gate)
                return _rows.Select(Copy.Of).ToList();
        }
    }

    /// <summary>The rows in the table right now, by id (copies), or null.</summary>
    public T? Find(int id)
    {
        lock (_gate)
            return _rows.Where(row => _getId(row) == id).Select(Copy.Of).FirstOrDefault();
    }

    /// <summary>What Table returns: a snapshot, queryable (nopCommerce's async LINQ helpers run over it).</summary>
    public IQueryable<T> Query()
    {
        lock (_gate)
            return _rows.Select(Copy.Of).ToList().AsQueryable();
    }

    /// <summary>Puts a row in directly (test set-up), keeping its id when it has one.</summary>
    public T Seed(T row)
    {
        lock (_gate)
        {
            if (_getId(row) == 0)
                _setId(row, ++_lastId);
            else
                _lastId = Math.Max(_lastId, _getId(row));
            _rows.Add(Copy.Of(row));
        }

        return row;
    }

    public Task InsertAsync(T row)
    {
        ArgumentNullException.ThrowIfNull(row);
        BeforeInsert?.Invoke(row);
        lock (_gate)
        {
            if (_uniqueKey is not null && _uniqueKey(row) is { } key && _rows.Any(existing => _uniqueKey(existing) == key))
                throw new UniqueKeyViolationException(typeof(T).Name, key);
            _setId(row, ++_lastId);
            _rows.Add(Copy.Of(row));
        }

        return Task.CompletedTask;
    }

    public Task<T?> GetByIdAsync(int? id)
    {
        lock (_gate)
            return Task.FromResult(id is { } value ? _rows.Where(row => _getId(row) == value).Select(Copy.Of).FirstOrDefault() : null);
    }

    public Task UpdateAsync(T row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (_gate)
        {
            var index = _rows.FindIndex(existing => _getId(existing) == _getId(row));
            if (index < 0)
                throw new InvalidOperationException($"{typeof(T).Name} {_getId(row)} does not exist (updated after delete?)");
            if (_uniqueKey is not null && _uniqueKey(row) is { } key
                && _rows.Any(existing => _getId(existing) != _getId(row) && _uniqueKey(existing) == key))
                throw new UniqueKeyViolationException(typeof(T).Name, key);
            _rows[index] = Copy.Of(row);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(T row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (_gate)
            _rows.RemoveAll(existing => _getId(existing) == _getId(row));
        return Task.CompletedTask;
    }

    public Task<int> DeleteAsync(Expression<Func<T, bool>> predicate)
    {
        var test = predicate.Compile();
        lock (_gate)
            return Task.FromResult(_rows.RemoveAll(row => test(row)));
    }
}

/// <summary>What a unique index says to a second row with the same key.</summary>
internal sealed class UniqueKeyViolationException(string table, string key)
    : InvalidOperationException($"Violation of UNIQUE KEY constraint on {table}: duplicate key ({key}).");

/// <summary>Shallow copies of flat entities (what a database round trip gives).</summary>
internal static class Copy
{
    private static readonly MethodInfo CloneMethod =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static T Of<T>(T value) where T : class => (T)CloneMethod.Invoke(value, null)!;
}

/// <summary>
/// nopCommerce's <see cref="IRepository{TEntity}"/> over an <see cref="InMemoryTable{T}"/>: Table,
/// GetByIdAsync, InsertAsync, UpdateAsync, DeleteAsync(entity) and DeleteAsync(predicate). Strict:
/// any other member throws, so a service reaching for something unexpected shows up in a test.
/// </summary>
internal static class InMemoryRepository
{
    /// <summary>Claims.</summary>
    public static InMemoryTable<AiqRewardClaim> ClaimTable() => new(row => row.Id, (row, id) => row.Id = id);

    /// <summary>Claim locks, with the unique LockKey of the real table.</summary>
    public static InMemoryTable<AiqRewardClaimLock> LockTable() => new(row => row.Id, (row, id) => row.Id = id, row => row.LockKey);

    /// <summary>Verifications, unique per store and scope like the real table.</summary>
    public static InMemoryTable<AiqVerification> VerificationTable() =>
        new(row => row.Id, (row, id) => row.Id = id, row => $"{row.StoreId}|{row.ScopeKey}");

    /// <summary>Consent records.</summary>
    public static InMemoryTable<AiqConsentRecord> ConsentTable() => new(row => row.Id, (row, id) => row.Id = id);

    public static Mock<IRepository<AiqRewardClaim>> Over(InMemoryTable<AiqRewardClaim> table)
    {
        var mock = new Mock<IRepository<AiqRewardClaim>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.GetByIdAsync(It.IsAny<int?>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns((int? id, Func<ICacheKeyService, CacheKey> _, bool _, bool _) => table.GetByIdAsync(id)!);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqRewardClaim>(), It.IsAny<bool>())).Returns((AiqRewardClaim row, bool _) => table.InsertAsync(row));
        mock.Setup(r => r.UpdateAsync(It.IsAny<AiqRewardClaim>(), It.IsAny<bool>())).Returns((AiqRewardClaim row, bool _) => table.UpdateAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<AiqRewardClaim>(), It.IsAny<bool>())).Returns((AiqRewardClaim row, bool _) => table.DeleteAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqRewardClaim, bool>>>()))
            .Returns((Expression<Func<AiqRewardClaim, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }

    public static Mock<IRepository<AiqRewardClaimLock>> Over(InMemoryTable<AiqRewardClaimLock> table)
    {
        var mock = new Mock<IRepository<AiqRewardClaimLock>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.GetByIdAsync(It.IsAny<int?>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns((int? id, Func<ICacheKeyService, CacheKey> _, bool _, bool _) => table.GetByIdAsync(id)!);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqRewardClaimLock>(), It.IsAny<bool>())).Returns((AiqRewardClaimLock row, bool _) => table.InsertAsync(row));
        mock.Setup(r => r.UpdateAsync(It.IsAny<AiqRewardClaimLock>(), It.IsAny<bool>())).Returns((AiqRewardClaimLock row, bool _) => table.UpdateAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<AiqRewardClaimLock>(), It.IsAny<bool>())).Returns((AiqRewardClaimLock row, bool _) => table.DeleteAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqRewardClaimLock, bool>>>()))
            .Returns((Expression<Func<AiqRewardClaimLock, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }

    public static Mock<IRepository<AiqVerification>> Over(InMemoryTable<AiqVerification> table)
    {
        var mock = new Mock<IRepository<AiqVerification>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.GetByIdAsync(It.IsAny<int?>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns((int? id, Func<ICacheKeyService, CacheKey> _, bool _, bool _) => table.GetByIdAsync(id)!);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqVerification>(), It.IsAny<bool>())).Returns((AiqVerification row, bool _) => table.InsertAsync(row));
        mock.Setup(r => r.UpdateAsync(It.IsAny<AiqVerification>(), It.IsAny<bool>())).Returns((AiqVerification row, bool _) => table.UpdateAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<AiqVerification>(), It.IsAny<bool>())).Returns((AiqVerification row, bool _) => table.DeleteAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqVerification, bool>>>()))
            .Returns((Expression<Func<AiqVerification, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }

    public static Mock<IRepository<AiqConsentRecord>> Over(InMemoryTable<AiqConsentRecord> table)
    {
        var mock = new Mock<IRepository<AiqConsentRecord>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.GetByIdAsync(It.IsAny<int?>(), It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .Returns((int? id, Func<ICacheKeyService, CacheKey> _, bool _, bool _) => table.GetByIdAsync(id)!);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqConsentRecord>(), It.IsAny<bool>())).Returns((AiqConsentRecord row, bool _) => table.InsertAsync(row));
        mock.Setup(r => r.UpdateAsync(It.IsAny<AiqConsentRecord>(), It.IsAny<bool>())).Returns((AiqConsentRecord row, bool _) => table.UpdateAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<AiqConsentRecord>(), It.IsAny<bool>())).Returns((AiqConsentRecord row, bool _) => table.DeleteAsync(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqConsentRecord, bool>>>()))
            .Returns((Expression<Func<AiqConsentRecord, bool>> predicate) => table.DeleteAsync(predicate));
        return mock;
    }
}

/// <summary>
/// The result of a task whose result is a nopCommerce type (the fakes complete synchronously).
/// Awaiting such a task in a test would give its async state machine a TaskAwaiter over a
/// nopCommerce type, which cannot be loaded while NUnit discovers tests, before
/// <see cref="Plugin.NopCommerceAssemblyResolver"/> is registered: discovery then finds no tests at all.
/// </summary>
internal static class Completed
{
    public static T Result<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
