using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Migrations;

/// <summary>
/// Creates the plugin's tables and the indexes its queries and its uniqueness rules rely on.
/// Reversed (tables dropped) when the plugin is uninstalled.
/// </summary>
[NopMigration("2026/11/25 12:00:00:0000001", "Misc.AiqLoyalty base schema", MigrationProcessType.Installation)]
public class SchemaMigration : AutoReversingMigration
{
    /// <summary>Collects the up migration expressions.</summary>
    public override void Up()
    {
        Create.TableFor<AiqVerification>();
        Create.TableFor<AiqRewardClaim>();
        Create.TableFor<AiqRewardClaimLock>();
        Create.TableFor<AiqConsentRecord>();
        Create.TableFor<AiqCartSync>();
        Create.TableFor<AiqRateCounter>();
        Create.TableFor<AiqCallLogEntry>();

        // One verification row per scope per store.
        Create.Index("IX_AiqLoyaltyVerification_Store_Scope").OnTable(AiqLoyaltyDefaults.Tables.Verification)
            .OnColumn(nameof(AiqVerification.StoreId)).Ascending()
            .OnColumn(nameof(AiqVerification.ScopeKey)).Ascending()
            .WithOptions().Unique();

        // The database, not a check-then-insert, refuses a second live claim on one reward.
        Create.Index("IX_AiqLoyaltyRewardClaimLock_LockKey").OnTable(AiqLoyaltyDefaults.Tables.RewardClaimLock)
            .OnColumn(nameof(AiqRewardClaimLock.LockKey)).Ascending()
            .WithOptions().Unique();

        Create.Index("IX_AiqLoyaltyRewardClaim_Customer").OnTable(AiqLoyaltyDefaults.Tables.RewardClaim)
            .OnColumn(nameof(AiqRewardClaim.StoreId)).Ascending()
            .OnColumn(nameof(AiqRewardClaim.CustomerId)).Ascending()
            .OnColumn(nameof(AiqRewardClaim.StateId)).Ascending();

        Create.Index("IX_AiqLoyaltyRewardClaim_Order").OnTable(AiqLoyaltyDefaults.Tables.RewardClaim)
            .OnColumn(nameof(AiqRewardClaim.OrderId)).Ascending();

        Create.Index("IX_AiqLoyaltyRewardClaim_State_Next").OnTable(AiqLoyaltyDefaults.Tables.RewardClaim)
            .OnColumn(nameof(AiqRewardClaim.StateId)).Ascending()
            .OnColumn(nameof(AiqRewardClaim.NextAttemptOnUtc)).Ascending();

        // One counter per budget; the conditional updates find it by this key.
        Create.Index(RateCounterMigration.IndexName).OnTable(AiqLoyaltyDefaults.Tables.RateCounter)
            .OnColumn(nameof(AiqRateCounter.StoreId)).Ascending()
            .OnColumn(nameof(AiqRateCounter.CounterKey)).Ascending()
            .WithOptions().Unique();

        // One sync row per cart (store + customer).
        Create.Index("IX_AiqLoyaltyCartSync_Store_Customer").OnTable(AiqLoyaltyDefaults.Tables.CartSync)
            .OnColumn(nameof(AiqCartSync.StoreId)).Ascending()
            .OnColumn(nameof(AiqCartSync.CustomerId)).Ascending()
            .WithOptions().Unique();

        CallLogMigration.CreateCallLogIndexes(Create);
        CallLogMigration.CreateDashboardIndexes(Create);

        Create.Index("IX_AiqLoyaltyCartSync_Status_Updated").OnTable(AiqLoyaltyDefaults.Tables.CartSync)
            .OnColumn(nameof(AiqCartSync.StatusId)).Ascending()
            .OnColumn(nameof(AiqCartSync.UpdatedOnUtc)).Ascending();
    }
}
