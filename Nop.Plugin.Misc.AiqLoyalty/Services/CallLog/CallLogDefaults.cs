namespace Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

/// <summary>Names of the AIQ call log's page, controller and export.</summary>
public static class CallLogDefaults
{
    /// <summary>The call log page.</summary>
    public static string ListView => "~/Plugins/Misc.AiqLoyalty/Views/CallLog/List.cshtml";

    /// <summary>The call log controller (admin area route).</summary>
    public static string Controller => "AiqLoyaltyCallLog";

    /// <summary>The export's file name for an export started at <paramref name="utcNow"/>.</summary>
    public static string FileName(DateTime utcNow) => $"aiq-call-log-{utcNow:yyyyMMddHHmmss}.csv";
}
