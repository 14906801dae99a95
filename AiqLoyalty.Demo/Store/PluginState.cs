namespace AiqLoyalty.Demo.Store;

/// <summary>Where a plugin stands in a store's App_Data/plugins.json.</summary>
public enum PluginState
{
    /// <summary>Neither installed nor queued.</summary>
    NotInstalled,

    /// <summary>Queued for install: it runs when the application starts again.</summary>
    Queued,

    /// <summary>Installed.</summary>
    Installed
}
