using System.Linq.Expressions;
using Nop.Core;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>
/// A database table in memory, behind <see cref="InMemoryRepository"/>: rows are stored as copies (a
/// change to an entity is seen only after an update, as with a database), inserts assign identity ids
/// that are never reused, and an optional unique key makes a second row with the same key throw, as a
/// unique index would. Rows are nopCommerce entities (<see cref="BaseEntity"/>).
/// </summary>
/// <remarks>
/// Deliberately not constrained to <see cref="BaseEntity"/> (rows are cast to it instead): NUnit lists
/// the test assembly's types before <see cref="Tests.Plugin.NopCommerceResolverAttribute"/> registers the
/// resolver for nopCommerce's assemblies, and a type constrained to a nopCommerce type (or holding a
/// method so constrained) cannot be loaded then: discovery finds no tests at all.
/// </remarks>
internal sealed class InMemoryTable<T> where T : class
{
    private readonly object _gate = new();
    private readonly List<T> _rows = [];
    private readonly Func<T, string?>? _uniqueKey;
    private int _lastId;

    /// <summary>Creates an empty table, with the unique key of the real table when it has one.</summary>
    public InMemoryTable(Func<T, string?>? uniqueKey = null)
    {
        _uniqueKey = uniqueKey;
    }

    /// <summary>Runs before each insert (e.g. to let "another request" write a row first).</summary>
    public Action<T>? BeforeInsert { get; set; }

    /// <summary>Copies of the rows, in id order.</summary>
    public IReadOnlyList<T> Rows => Snapshot();

    /// <summary>A copy of the row with that id, or null.</summary>
    public T? Find(int id)
    {
        lock (_gate)
            return _rows.Where(row => IdOf(row) == id).Select(Copy.Of).FirstOrDefault();
    }

    /// <summary>What the repository's Table returns: a snapshot of copies, queryable (nopCommerce's async LINQ helpers run over it).</summary>
    public IQueryable<T> Query() => Snapshot().AsQueryable();

    /// <summary>Puts a row in directly (test set-up), keeping its id when it has one; a later change needs an update.</summary>
    public T Seed(T row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (_gate)
        {
            if (IdOf(row) == 0)
                SetId(row, ++_lastId);
            else if (_rows.Any(existing => IdOf(existing) == IdOf(row)))
                throw new InvalidOperationException($"{typeof(T).Name} {IdOf(row)} already exists");
            else
                _lastId = Math.Max(_lastId, IdOf(row));
            ThrowOnDuplicateKey(row);
            _rows.Add(Copy.Of(row));
        }

        return row;
    }

    /// <summary>Puts rows in directly (test set-up), in order; see <see cref="Seed(T)"/>.</summary>
    public void Seed(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
            Seed(row);
    }

    /// <summary>Inserts a row and assigns its id.</summary>
    public Task InsertAsync(T row)
    {
        ArgumentNullException.ThrowIfNull(row);
        BeforeInsert?.Invoke(row);
        lock (_gate)
        {
            ThrowOnDuplicateKey(row);
            SetId(row, ++_lastId);
            _rows.Add(Copy.Of(row));
        }

        return Task.CompletedTask;
    }

    /// <summary>Inserts rows one by one, in order.</summary>
    public async Task InsertAsync(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
            await InsertAsync(row);
    }

    /// <summary>What the repository's GetByIdAsync returns: a copy of the row, or null.</summary>
    public Task<T?> GetByIdAsync(int? id) => Task.FromResult(id is { } value ? Find(value) : null);

    /// <summary>
    /// Replaces the row with that id only while <paramref name="condition"/> holds for the stored row,
    /// compare and write as one step, as a conditional UPDATE does. Returns the rows changed (0 or 1).
    /// </summary>
    public int UpdateWhere(int id, Func<T, bool> condition, Func<T, T> replacement)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(replacement);
        lock (_gate)
        {
            var index = _rows.FindIndex(existing => IdOf(existing) == id);
            if (index < 0 || !condition(_rows[index]))
                return 0;
            _rows[index] = Copy.Of(replacement(Copy.Of(_rows[index])));
            return 1;
        }
    }

    /// <summary>Replaces the stored row with a copy of this one.</summary>
    public Task UpdateAsync(T row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (_gate)
        {
            var index = _rows.FindIndex(existing => IdOf(existing) == IdOf(row));
            if (index < 0)
                throw new InvalidOperationException($"{typeof(T).Name} {IdOf(row)} does not exist (updated after delete?)");
            ThrowOnDuplicateKey(row);
            _rows[index] = Copy.Of(row);
        }

        return Task.CompletedTask;
    }

    /// <summary>Deletes the row with this row's id, if any.</summary>
    public Task DeleteAsync(T row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (_gate)
            _rows.RemoveAll(existing => IdOf(existing) == IdOf(row));
        return Task.CompletedTask;
    }

    /// <summary>Deletes the matching rows and says how many.</summary>
    public Task<int> DeleteAsync(Expression<Func<T, bool>> predicate)
    {
        var test = predicate.Compile();
        lock (_gate)
            return Task.FromResult(_rows.RemoveAll(row => test(row)));
    }

    private static int IdOf(T row) => ((BaseEntity)(object)row).Id;

    private static void SetId(T row, int id) => ((BaseEntity)(object)row).Id = id;

    private List<T> Snapshot()
    {
        lock (_gate)
            return _rows.OrderBy(IdOf).Select(Copy.Of).ToList();
    }

    private void ThrowOnDuplicateKey(T row)
    {
        if (_uniqueKey is not null && _uniqueKey(row) is { } key
            && _rows.Any(existing => IdOf(existing) != IdOf(row) && _uniqueKey(existing) == key))
            throw new UniqueKeyViolationException(typeof(T).Name, key);
    }
}
