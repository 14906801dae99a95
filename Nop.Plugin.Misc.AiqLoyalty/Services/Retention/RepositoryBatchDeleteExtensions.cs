using System.Linq.Expressions;
using Nop.Core;
using Nop.Data;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Retention;

/// <summary>Deletes the rows matching a rule in bounded batches.</summary>
public static class RepositoryBatchDeleteExtensions
{
    /// <summary>
    /// Reads up to <see cref="RetentionDefaults.BatchSize"/> ids matching <paramref name="rule"/> and
    /// deletes those that still match it (a row changed in between is kept), until none are left or
    /// <see cref="RetentionDefaults.MaxBatchesPerRun"/> batches are done. Two runs at once (a web farm)
    /// are harmless: a row already deleted by one is simply not deleted again by the other.
    /// </summary>
    /// <returns>Rows deleted by this call.</returns>
    public static async Task<int> DeleteInBatchesAsync<T>(this IRepository<T> repository, Expression<Func<T, bool>> rule) where T : BaseEntity
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(rule);

        var deleted = 0;
        for (var batch = 0; batch < RetentionDefaults.MaxBatchesPerRun; batch++)
        {
            var ids = await repository.Table.Where(rule).OrderBy(row => row.Id).Select(row => row.Id).Take(RetentionDefaults.BatchSize).ToListAsync();
            if (ids.Count == 0)
                break;

            deleted += await repository.DeleteAsync(StillMatching(ids, rule));
            if (ids.Count < RetentionDefaults.BatchSize)
                break;
        }

        return deleted;
    }

    /// <summary><c>row => ids.Contains(row.Id) &amp;&amp; rule(row)</c>, one expression the database evaluates.</summary>
    private static Expression<Func<T, bool>> StillMatching<T>(IReadOnlyCollection<int> ids, Expression<Func<T, bool>> rule) where T : BaseEntity
    {
        var row = rule.Parameters[0];
        var inBatch = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            Expression.Constant(ids.ToArray()), Expression.Property(row, nameof(BaseEntity.Id)));
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(inBatch, rule.Body), row);
    }
}
