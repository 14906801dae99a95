using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Mapping.Builders;

/// <summary>Maps <see cref="AiqRewardClaimLock"/>.</summary>
public class AiqRewardClaimLockBuilder : NopEntityBuilder<AiqRewardClaimLock>
{
    /// <summary>Applies the column definitions.</summary>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(AiqRewardClaimLock.LockKey)).AsString(300).NotNullable();
    }
}
