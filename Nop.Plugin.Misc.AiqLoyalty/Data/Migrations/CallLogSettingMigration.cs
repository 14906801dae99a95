using FluentMigrator;
using Nop.Core.Infrastructure;
using Nop.Data.Migrations;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Migrations;

/// <summary>
/// Version 4.90.6: the call log is on by default. A fresh install saves it with the other defaults;
/// an upgraded store has no such setting yet (it would read as off), so it is saved here once.
/// </summary>
[NopMigration("2026/11/30 20:20:00:0000002", "Misc.AiqLoyalty 4.90.6 call log on by default", MigrationProcessType.Update)]
public class CallLogSettingMigration : Migration
{
    /// <summary>Saves CallLogEnabled = true for the all-stores scope when it is missing.</summary>
    public override void Up()
    {
        // Resolved here, not injected: nopCommerce builds migrations before the plugin's services exist.
        var settingService = EngineContext.Current.Resolve<ISettingService>();
        var settings = settingService.LoadSetting<AiqLoyaltySettings>();
        if (settingService.SettingExists(settings, s => s.CallLogEnabled))
            return;

        settings.CallLogEnabled = true;
        settingService.SaveSetting(settings, s => s.CallLogEnabled);
    }

    /// <summary>Nothing to undo: uninstalling deletes the settings.</summary>
    public override void Down()
    {
    }
}
