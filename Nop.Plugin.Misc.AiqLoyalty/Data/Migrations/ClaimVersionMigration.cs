using AiqLoyalty.Core.Redemption;
using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Migrations;

/// <summary>
/// Version 4.90.6: claims get a row version (every write is conditional on it) and the balance read
/// before a PUT or adjustment. Claims waiting for the worker
/// get a next-attempt time (no time now means "not due"), and refunds that 4.90.5 left in Refunding
/// for staff become "refund needs attention". Fresh installs get the columns from the schema migration.
/// </summary>
[NopMigration("2026/11/30 20:00:00:0000001", "Misc.AiqLoyalty 4.90.6 claim versions and needs attention", MigrationProcessType.Update)]
public class ClaimVersionMigration : Migration
{
    private static readonly string Table = AiqLoyaltyDefaults.Tables.RewardClaim;

    /// <summary>Adds the columns that are missing and moves old rows to the new meanings.</summary>
    public override void Up()
    {
        if (!Schema.Table(Table).Exists())
            return;

        if (!Schema.Table(Table).Column(nameof(AiqRewardClaim.RowVersion)).Exists())
            Alter.Table(Table).AddColumn(nameof(AiqRewardClaim.RowVersion)).AsInt32().NotNullable().WithDefaultValue(0);
        if (!Schema.Table(Table).Column(nameof(AiqRewardClaim.PointsBefore)).Exists())
            Alter.Table(Table).AddColumn(nameof(AiqRewardClaim.PointsBefore)).AsInt64().Nullable();

        var now = DateTime.UtcNow;
        foreach (var state in new[] { ClaimState.Placed, ClaimState.FailedRetryable, ClaimState.OutcomeUnknown, ClaimState.Redeeming })
        {
            Update.Table(Table).Set(new { NextAttemptOnUtc = now })
                .Where(new { StateId = (int)state, NextAttemptOnUtc = (DateTime?)null });
        }

        Update.Table(Table).Set(new { NextAttemptOnUtc = now })
            .Where(new { StateId = (int)ClaimState.Redeemed, RefundRequested = true, NextAttemptOnUtc = (DateTime?)null });
        Update.Table(Table).Set(new { StateId = (int)ClaimState.RefundNeedsAttention })
            .Where(new { StateId = (int)ClaimState.Refunding, NextAttemptOnUtc = (DateTime?)null });
    }

    /// <summary>Nothing to undo column by column: uninstalling drops the whole table.</summary>
    public override void Down()
    {
    }
}
