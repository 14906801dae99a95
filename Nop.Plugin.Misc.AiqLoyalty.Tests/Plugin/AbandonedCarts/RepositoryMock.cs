using System.Linq.Expressions;
using Moq;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.AbandonedCarts;

/// <summary>
/// Mocked nopCommerce repositories over lists. Written per entity on purpose: a generic helper
/// constrained to BaseEntity makes the compiler emit generic types that NUnit cannot load while it
/// discovers tests (before the nopCommerce assembly resolver is registered).
/// </summary>
internal static class RepositoryMock
{
    /// <summary>The sync log: Table, insert (assigns ids), update, delete by predicate.</summary>
    public static Mock<IRepository<AiqCartSync>> Over(List<AiqCartSync> rows)
    {
        var table = new ListTable<AiqCartSync>(rows, row => row.Id, (row, id) => row.Id = id);
        var mock = new Mock<IRepository<AiqCartSync>>(MockBehavior.Strict);
        mock.SetupGet(r => r.Table).Returns(table.Query);
        mock.Setup(r => r.InsertAsync(It.IsAny<AiqCartSync>(), It.IsAny<bool>())).Returns((AiqCartSync row, bool _) => table.Insert(row));
        mock.Setup(r => r.InsertAsync(It.IsAny<IList<AiqCartSync>>(), It.IsAny<bool>()))
            .Returns(async (IList<AiqCartSync> many, bool _) => { foreach (var row in many) await table.Insert(row); });
        mock.Setup(r => r.UpdateAsync(It.IsAny<AiqCartSync>(), It.IsAny<bool>())).Returns((AiqCartSync row, bool _) => table.Update(row));
        mock.Setup(r => r.DeleteAsync(It.IsAny<Expression<Func<AiqCartSync, bool>>>()))
            .Returns((Expression<Func<AiqCartSync, bool>> predicate) => table.Delete(predicate));
        return mock;
    }

    /// <summary>Read-only tables.</summary>
    public static IRepository<ShoppingCartItem> Over(List<ShoppingCartItem> rows) => ReadOnly(new Mock<IRepository<ShoppingCartItem>>(), rows);

    /// <inheritdoc cref="Over(List{ShoppingCartItem})"/>
    public static IRepository<Customer> Over(List<Customer> rows) => ReadOnly(new Mock<IRepository<Customer>>(), rows);

    /// <inheritdoc cref="Over(List{ShoppingCartItem})"/>
    public static IRepository<Address> Over(List<Address> rows) => ReadOnly(new Mock<IRepository<Address>>(), rows);

    /// <inheritdoc cref="Over(List{ShoppingCartItem})"/>
    public static IRepository<Order> Over(List<Order> rows) => ReadOnly(new Mock<IRepository<Order>>(), rows);

    /// <inheritdoc cref="Over(List{ShoppingCartItem})"/>
    public static IRepository<AiqVerification> Over(List<AiqVerification> rows) => ReadOnly(new Mock<IRepository<AiqVerification>>(), rows);

    private static IRepository<ShoppingCartItem> ReadOnly(Mock<IRepository<ShoppingCartItem>> mock, List<ShoppingCartItem> rows)
    {
        mock.SetupGet(r => r.Table).Returns(() => rows.ToList().AsQueryable());
        return mock.Object;
    }

    private static IRepository<Customer> ReadOnly(Mock<IRepository<Customer>> mock, List<Customer> rows)
    {
        mock.SetupGet(r => r.Table).Returns(() => rows.ToList().AsQueryable());
        return mock.Object;
    }

    private static IRepository<Address> ReadOnly(Mock<IRepository<Address>> mock, List<Address> rows)
    {
        mock.SetupGet(r => r.Table).Returns(() => rows.ToList().AsQueryable());
        return mock.Object;
    }

    private static IRepository<Order> ReadOnly(Mock<IRepository<Order>> mock, List<Order> rows)
    {
        mock.SetupGet(r => r.Table).Returns(() => rows.ToList().AsQueryable());
        return mock.Object;
    }

    private static IRepository<AiqVerification> ReadOnly(Mock<IRepository<AiqVerification>> mock, List<AiqVerification> rows)
    {
        mock.SetupGet(r => r.Table).Returns(() => rows.ToList().AsQueryable());
        return mock.Object;
    }

    /// <summary>A thread-safe list with ids (unconstrained, so it loads without nopCommerce).</summary>
    private sealed class ListTable<T>(List<T> rows, Func<T, int> getId, Action<T, int> setId)
    {
        private readonly object _gate = new();

        public IQueryable<T> Query()
        {
            lock (_gate)
                return rows.ToList().AsQueryable();
        }

        public Task Insert(T row)
        {
            lock (_gate)
            {
                setId(row, rows.Count == 0 ? 1 : rows.Max(getId) + 1);
                rows.Add(row);
            }

            return Task.CompletedTask;
        }

        public Task Update(T row)
        {
            lock (_gate)
            {
                var index = rows.FindIndex(existing => getId(existing) == getId(row));
                if (index < 0)
                    throw new InvalidOperationException($"row {getId(row)} does not exist");
                rows[index] = row;
            }

            return Task.CompletedTask;
        }

        public Task<int> Delete(Expression<Func<T, bool>> predicate)
        {
            lock (_gate)
                return Task.FromResult(rows.RemoveAll(new Predicate<T>(predicate.Compile())));
        }
    }
}
