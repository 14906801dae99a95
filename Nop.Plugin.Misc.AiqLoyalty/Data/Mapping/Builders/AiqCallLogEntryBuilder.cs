using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Mapping.Builders;

/// <summary>Maps <see cref="AiqCallLogEntry"/>.</summary>
public class AiqCallLogEntryBuilder : NopEntityBuilder<AiqCallLogEntry>
{
    /// <summary>Applies the column definitions.</summary>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(AiqCallLogEntry.ContactMasked)).AsString(AiqLoyaltyDefaults.Columns.ContactMaskedLength).Nullable();
    }
}
