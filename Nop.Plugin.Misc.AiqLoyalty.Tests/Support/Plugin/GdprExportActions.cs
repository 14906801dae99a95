namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>Stand-ins named like nopCommerce's two GDPR export actions (the filter matches them by controller and method name).</summary>
internal sealed class GdprExportActions
{
    /// <summary>Like Admin/Customer/GdprExport(int id).</summary>
    public void GdprExport(int id)
    {
    }

    /// <summary>Like the shopper's Customer/GdprToolsExport().</summary>
    public void GdprToolsExport()
    {
    }

    /// <summary>Any other action.</summary>
    public void Edit(int id)
    {
    }
}
