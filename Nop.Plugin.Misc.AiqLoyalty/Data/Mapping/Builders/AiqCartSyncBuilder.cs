using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Mapping.Builders;

/// <summary>Maps <see cref="AiqCartSync"/>.</summary>
public class AiqCartSyncBuilder : NopEntityBuilder<AiqCartSync>
{
    /// <summary>Applies the column definitions.</summary>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AiqCartSync.Fingerprint)).AsString(64).Nullable()
            .WithColumn(nameof(AiqCartSync.Error)).AsString(1000).Nullable()
            .WithColumn(nameof(AiqCartSync.ContactMasked)).AsString(256).Nullable()
            .WithColumn(nameof(AiqCartSync.CartTotal)).AsDecimal(18, 4).NotNullable();
    }
}
