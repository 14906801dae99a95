using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Mapping.Builders;

/// <summary>Maps <see cref="AiqConsentRecord"/>.</summary>
public class AiqConsentRecordBuilder : NopEntityBuilder<AiqConsentRecord>
{
    /// <summary>Applies the column definitions.</summary>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AiqConsentRecord.IdentityValue)).AsString(256).NotNullable()
            .WithColumn(nameof(AiqConsentRecord.ContactId)).AsString(AiqLoyaltyDefaults.Columns.IdLength).Nullable();
    }
}
