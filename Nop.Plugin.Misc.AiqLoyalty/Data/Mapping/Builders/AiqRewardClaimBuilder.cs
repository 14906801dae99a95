using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Mapping.Builders;

/// <summary>Maps <see cref="AiqRewardClaim"/>.</summary>
public class AiqRewardClaimBuilder : NopEntityBuilder<AiqRewardClaim>
{
    /// <summary>Applies the column definitions.</summary>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AiqRewardClaim.ContactId)).AsString(AiqLoyaltyDefaults.Columns.IdLength).NotNullable()
            .WithColumn(nameof(AiqRewardClaim.TemplateId)).AsString(AiqLoyaltyDefaults.Columns.IdLength).NotNullable()
            .WithColumn(nameof(AiqRewardClaim.PosDiscountId)).AsString(AiqLoyaltyDefaults.Columns.IdLength).Nullable()
            .WithColumn(nameof(AiqRewardClaim.RewardName)).AsString(AiqLoyaltyDefaults.Columns.RewardNameLength).Nullable()
            .WithColumn(nameof(AiqRewardClaim.CouponCode)).AsString(100).Nullable()
            .WithColumn(nameof(AiqRewardClaim.RedemptionUrl)).AsString(AiqLoyaltyDefaults.Columns.RedemptionUrlLength).Nullable()
            .WithColumn(nameof(AiqRewardClaim.LastError)).AsString(AiqLoyaltyDefaults.Columns.LastErrorLength).Nullable()
            .WithColumn(nameof(AiqRewardClaim.IdempotencyKey)).AsString(64).NotNullable()
            .WithColumn(nameof(AiqRewardClaim.MinimumOrderTotal)).AsDecimal(18, 4).Nullable()
            .WithColumn(nameof(AiqRewardClaim.IdentityValue)).AsString(256).Nullable();
    }
}
