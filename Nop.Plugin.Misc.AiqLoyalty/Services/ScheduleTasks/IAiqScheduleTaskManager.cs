namespace Nop.Plugin.Misc.AiqLoyalty.Services.ScheduleTasks;

/// <summary>
/// The plugin's scheduled tasks (abandoned carts, redemption, retention): created with the plugin, kept in
/// step with its settings, removed with it.
/// </summary>
public interface IAiqScheduleTaskManager
{
    /// <summary>Creates the tasks that are missing, then sets their state from the settings.</summary>
    Task InstallAsync();

    /// <summary>
    /// Sets each task's state from the settings of every store: the redemption task runs when the plugin
    /// is enabled in any store, the abandoned-cart task when any store also sends carts (its period is
    /// the default scope's interval); the retention task always runs.
    /// </summary>
    Task SynchronizeAsync();

    /// <summary>Deletes the tasks.</summary>
    Task UninstallAsync();
}
