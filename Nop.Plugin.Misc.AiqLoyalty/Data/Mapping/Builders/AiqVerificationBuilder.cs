using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Mapping.Builders;

/// <summary>Maps <see cref="AiqVerification"/>.</summary>
public class AiqVerificationBuilder : NopEntityBuilder<AiqVerification>
{
    /// <summary>Applies the column definitions.</summary>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AiqVerification.ScopeKey)).AsString(300).NotNullable()
            .WithColumn(nameof(AiqVerification.IdentityValue)).AsString(256).Nullable()
            .WithColumn(nameof(AiqVerification.ContactId)).AsString(AiqLoyaltyDefaults.Columns.IdLength).Nullable();
    }
}
