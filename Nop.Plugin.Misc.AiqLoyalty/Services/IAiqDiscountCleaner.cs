namespace Nop.Plugin.Misc.AiqLoyalty.Services;

/// <summary>Removes the one-off discount records the plugin created.</summary>
public interface IAiqDiscountCleaner
{
    /// <summary>Deletes every discount the plugin created and its owner requirement on store discounts (at uninstall). Returns how many discounts were deleted.</summary>
    Task<int> DeleteAllPluginDiscountsAsync();
}
