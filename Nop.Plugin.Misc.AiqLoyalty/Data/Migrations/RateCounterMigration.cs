using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Migrations;

/// <summary>
/// Version 4.90.5: the atomic budgets table (wrong codes and sends per client address, store-wide and
/// per identity) and the lockout count of a verification (repeated lockouts grow). Fresh installs get
/// both from the schema migration, so every step is guarded.
/// </summary>
[NopMigration("2026/11/30 17:00:00:0000001", "Misc.AiqLoyalty 4.90.5 rate counters and growing lockouts", MigrationProcessType.Update)]
public class RateCounterMigration : Migration
{
    /// <summary>The unique (StoreId, CounterKey) index.</summary>
    public const string IndexName = "IX_AiqLoyaltyRateCounter_Store_Key";

    /// <summary>Adds what is missing.</summary>
    public override void Up()
    {
        if (!Schema.Table(AiqLoyaltyDefaults.Tables.RateCounter).Exists())
        {
            Create.TableFor<AiqRateCounter>();
            Create.Index(IndexName).OnTable(AiqLoyaltyDefaults.Tables.RateCounter)
                .OnColumn(nameof(AiqRateCounter.StoreId)).Ascending()
                .OnColumn(nameof(AiqRateCounter.CounterKey)).Ascending()
                .WithOptions().Unique();
        }

        var verification = AiqLoyaltyDefaults.Tables.Verification;
        if (Schema.Table(verification).Exists() && !Schema.Table(verification).Column(nameof(AiqVerification.LockoutCount)).Exists())
            Alter.Table(verification).AddColumn(nameof(AiqVerification.LockoutCount)).AsInt32().NotNullable().WithDefaultValue(0);
    }

    /// <summary>Nothing to undo here: uninstalling drops the plugin's tables through the schema migration.</summary>
    public override void Down()
    {
    }
}
