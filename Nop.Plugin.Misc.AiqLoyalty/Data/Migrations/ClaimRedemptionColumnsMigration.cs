using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Migrations;

/// <summary>
/// Version 4.90.2: what the redemption worker needs on a claim (the verified identity for the wallet
/// check, whether the reward is reusable, the refund flag). Fresh installs get the columns from the
/// schema migration, so every step is guarded; existing rows keep their data.
/// </summary>
[NopMigration("2026/11/25 23:30:00:0000001", "Misc.AiqLoyalty 4.90.2 claim redemption columns", MigrationProcessType.Update)]
public class ClaimRedemptionColumnsMigration : Migration
{
    private static readonly string Table = AiqLoyaltyDefaults.Tables.RewardClaim;

    /// <summary>Adds the columns that are missing.</summary>
    public override void Up()
    {
        if (!Schema.Table(Table).Exists())
            return;

        if (!Schema.Table(Table).Column(nameof(AiqRewardClaim.IdentityKindId)).Exists())
            Alter.Table(Table).AddColumn(nameof(AiqRewardClaim.IdentityKindId)).AsInt32().NotNullable().WithDefaultValue(0);
        if (!Schema.Table(Table).Column(nameof(AiqRewardClaim.IdentityValue)).Exists())
            Alter.Table(Table).AddColumn(nameof(AiqRewardClaim.IdentityValue)).AsString(256).Nullable();
        if (!Schema.Table(Table).Column(nameof(AiqRewardClaim.Reusable)).Exists())
            Alter.Table(Table).AddColumn(nameof(AiqRewardClaim.Reusable)).AsBoolean().NotNullable().WithDefaultValue(false);
        if (!Schema.Table(Table).Column(nameof(AiqRewardClaim.RefundRequested)).Exists())
            Alter.Table(Table).AddColumn(nameof(AiqRewardClaim.RefundRequested)).AsBoolean().NotNullable().WithDefaultValue(false);
    }

    /// <summary>Nothing to undo column by column: uninstalling drops the whole table.</summary>
    public override void Down()
    {
    }
}
