using FluentMigrator;
using FluentMigrator.Builders.Create;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Migrations;

/// <summary>
/// Version 4.90.6: the AIQ call log table, and the indexes the dashboard's figures and the retention
/// purge read through (claims by creation, redemption and refund time; verification rows by store
/// and change time). Fresh installs get all of it from the schema migration, so every step is guarded.
/// </summary>
[NopMigration("2026/11/30 20:20:00:0000001", "Misc.AiqLoyalty 4.90.6 call log and dashboard indexes", MigrationProcessType.Update)]
public class CallLogMigration : Migration
{
    #region Constants

    /// <summary>Call log rows by store and start: the grid's store filter and the per-store purge.</summary>
    public const string StoreStartedIndex = "IX_AiqLoyaltyCallLog_Store_Started";

    /// <summary>Call log rows by outcome and start: the dashboard's error counts and the grid's outcome filter.</summary>
    public const string OutcomeStartedIndex = "IX_AiqLoyaltyCallLog_Outcome_Started";

    /// <summary>Claims by creation time ("rewards applied").</summary>
    public const string ClaimCreatedIndex = "IX_AiqLoyaltyRewardClaim_Created";

    /// <summary>Claims by redemption time ("redeemed", "points deducted").</summary>
    public const string ClaimRedeemedIndex = "IX_AiqLoyaltyRewardClaim_Redeemed";

    /// <summary>Claims by refund time ("points returned").</summary>
    public const string ClaimRefundedIndex = "IX_AiqLoyaltyRewardClaim_Refunded";

    /// <summary>Verification rows by store and last change: the retention purge.</summary>
    public const string VerificationUpdatedIndex = "IX_AiqLoyaltyVerification_Store_Updated";

    #endregion

    #region Methods

    /// <summary>Adds what is missing.</summary>
    public override void Up()
    {
        if (!Schema.Table(AiqLoyaltyDefaults.Tables.CallLog).Exists())
        {
            Create.TableFor<AiqCallLogEntry>();
            CreateCallLogIndexes(Create);
        }

        foreach (var (table, index, columns) in DashboardIndexes)
        {
            if (!Schema.Table(table).Exists() || Schema.Table(table).Index(index).Exists())
                continue;
            var builder = Create.Index(index).OnTable(table).OnColumn(columns[0]).Ascending();
            foreach (var column in columns.Skip(1))
                builder = builder.OnColumn(column).Ascending();
        }
    }

    /// <summary>Nothing to undo here: uninstalling drops the plugin's tables through the schema migration.</summary>
    public override void Down()
    {
    }

    /// <summary>The call log's indexes (the schema migration and this one).</summary>
    public static void CreateCallLogIndexes(ICreateExpressionRoot create)
    {
        ArgumentNullException.ThrowIfNull(create);
        create.Index(StoreStartedIndex).OnTable(AiqLoyaltyDefaults.Tables.CallLog)
            .OnColumn(nameof(AiqCallLogEntry.StoreId)).Ascending()
            .OnColumn(nameof(AiqCallLogEntry.StartedOnUtc)).Ascending();
        create.Index(OutcomeStartedIndex).OnTable(AiqLoyaltyDefaults.Tables.CallLog)
            .OnColumn(nameof(AiqCallLogEntry.OutcomeId)).Ascending()
            .OnColumn(nameof(AiqCallLogEntry.StartedOnUtc)).Ascending();
    }

    /// <summary>The indexes on older tables that the dashboard and the purge read through (the schema migration and this one).</summary>
    public static void CreateDashboardIndexes(ICreateExpressionRoot create)
    {
        ArgumentNullException.ThrowIfNull(create);
        foreach (var (table, index, columns) in DashboardIndexes)
        {
            var builder = create.Index(index).OnTable(table).OnColumn(columns[0]).Ascending();
            foreach (var column in columns.Skip(1))
                builder = builder.OnColumn(column).Ascending();
        }
    }

    #endregion

    #region Utilities

    private static IEnumerable<(string Table, string Index, string[] Columns)> DashboardIndexes =>
    [
        (AiqLoyaltyDefaults.Tables.RewardClaim, ClaimCreatedIndex, [nameof(AiqRewardClaim.CreatedOnUtc)]),
        (AiqLoyaltyDefaults.Tables.RewardClaim, ClaimRedeemedIndex, [nameof(AiqRewardClaim.RedeemedOnUtc)]),
        (AiqLoyaltyDefaults.Tables.RewardClaim, ClaimRefundedIndex, [nameof(AiqRewardClaim.RefundedOnUtc)]),
        (AiqLoyaltyDefaults.Tables.Verification, VerificationUpdatedIndex, [nameof(AiqVerification.StoreId), nameof(AiqVerification.UpdatedOnUtc)])
    ];

    #endregion
}
