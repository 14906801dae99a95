using System.Linq.Expressions;
using System.Reflection;
using LinqToDB.Tools;
using LinqToDB;
using LinqToDB.Data;
using Nop.Core;
using Nop.Data;

namespace AiqLoyalty.CartBenchmark;

/// <summary>
/// nopCommerce's IRepository over linq2db, as nopCommerce's own EntityRepository does it: Table is a
/// table of a DataContext (a connection per query), writes use a DataConnection per call (safe from
/// the service's concurrent senders). Only the members the sync service uses are implemented.
/// </summary>
public class LinqToDbRepository<TEntity> : DispatchProxy where TEntity : BaseEntity
{
    private DataOptions _options;

    /// <summary>A repository of <typeparamref name="TEntity"/> over <paramref name="options"/>.</summary>
    public static IRepository<TEntity> Create(DataOptions options)
    {
        var proxy = Create<IRepository<TEntity>, LinqToDbRepository<TEntity>>();
        ((LinqToDbRepository<TEntity>)(object)proxy)._options = options;
        return proxy;
    }

    /// <inheritdoc />
    protected override object Invoke(MethodInfo targetMethod, object[] args)
    {
        var parameters = targetMethod!.GetParameters();
        return targetMethod.Name switch
        {
            "get_Table" => new DataContext(_options).GetTable<TEntity>(),
            nameof(IRepository<TEntity>.InsertAsync) when parameters[0].ParameterType == typeof(TEntity) => InsertAsync((TEntity)args![0]),
            nameof(IRepository<TEntity>.InsertAsync) when parameters[0].ParameterType == typeof(IList<TEntity>) => BulkInsertAsync((IList<TEntity>)args![0]),
            nameof(IRepository<TEntity>.UpdateAsync) when parameters[0].ParameterType == typeof(TEntity) => UpdateAsync((TEntity)args![0]),
            nameof(IRepository<TEntity>.DeleteAsync) when parameters[0].ParameterType == typeof(Expression<Func<TEntity, bool>>) =>
                DeleteAsync((Expression<Func<TEntity, bool>>)args![0]),
            _ => throw new NotSupportedException($"IRepository.{targetMethod.Name} is not used by the sync service.")
        };
    }

    private async Task InsertAsync(TEntity entity)
    {
        await using var db = new DataConnection(_options);
        entity.Id = await db.InsertWithInt32IdentityAsync(entity);
    }

    /// <summary>
    /// As nopCommerce's providers: identities assigned before one bulk copy, from the sequence on PostgreSQL,
    /// from MAX(Id) + 1 on MySQL/MariaDB (no sequence there; nopCommerce passes useSequenceName: false, which
    /// comes to the same).
    /// </summary>
    private async Task BulkInsertAsync(IList<TEntity> entities)
    {
        await using var db = new DataConnection(_options);
        await db.BulkCopyAsync(new BulkCopyOptions { KeepIdentity = true }, entities.RetrieveIdentity(db, useSequenceName: true));
    }

    private async Task UpdateAsync(TEntity entity)
    {
        await using var db = new DataConnection(_options);
        await db.UpdateAsync(entity);
    }

    private async Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate)
    {
        await using var db = new DataConnection(_options);
        return await db.GetTable<TEntity>().Where(predicate).DeleteAsync();
    }
}
