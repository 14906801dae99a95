namespace Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

/// <summary>
/// The texts of the diagnostics added in 4.90.6: the AIQ call log page, its settings (with the
/// retention they share with the other logs) and the admin dashboard block.
/// </summary>
public static class CallLogLocaleResources
{
    private const string P = "Plugins.Misc.AiqLoyalty";

    /// <summary>Resource name to English text.</summary>
    public static IReadOnlyDictionary<string, string> All => new Dictionary<string, string>
    {
        [$"{P}.Menu.CallLog"] = "AIQ call log",

        [$"{P}.Configuration.Diagnostics"] = "Logs and retention",
        [$"{P}.Fields.CallLogEnabled"] = "Record AIQ calls",
        [$"{P}.Fields.CallLogEnabled.Hint"] = "Keep a row for every call to AIQ (time, operation, HTTP status, time taken, outcome, the shopper masked, the order or reward it served) in AIQ loyalty > AIQ call log. Never the API key or a full phone number or email.",
        [$"{P}.Fields.SyncLogRetentionDays"] = "Keep logs (days)",
        [$"{P}.Fields.SyncLogRetentionDays.Hint"] = "Once a day, rows older than this are deleted: the abandoned-cart sync log, the AIQ call log, and PIN verification records that no longer hold a lockout or a verification.",

        [$"{P}.CallLog.Title"] = "AIQ call log",
        [$"{P}.CallLog.Intro"] = "Every call the store made to AIQ, newest first. Contacts are masked; the API key and redemption links are never recorded.",
        [$"{P}.CallLog.AllStores"] = "All stores (configuration)",
        [$"{P}.CallLog.Search.Store"] = "Store",
        [$"{P}.CallLog.Search.Store.Hint"] = "The store whose AIQ settings made the call.",
        [$"{P}.CallLog.Search.Operation"] = "Operation",
        [$"{P}.CallLog.Search.Operation.Hint"] = "What the store asked AIQ.",
        [$"{P}.CallLog.Search.Outcome"] = "Outcome",
        [$"{P}.CallLog.Search.Outcome.Hint"] = "Succeeded; declined (AIQ's ordinary no: not a member, wrong PIN, already redeemed); error; cancelled.",
        [$"{P}.CallLog.Search.From"] = "Started from",
        [$"{P}.CallLog.Search.From.Hint"] = "Calls started on or after this day.",
        [$"{P}.CallLog.Search.To"] = "Started to",
        [$"{P}.CallLog.Search.To.Hint"] = "Calls started on or before this day.",
        [$"{P}.CallLog.Fields.StartedOn"] = "Started",
        [$"{P}.CallLog.Fields.Store"] = "Store",
        [$"{P}.CallLog.Fields.Operation"] = "Operation",
        [$"{P}.CallLog.Fields.Outcome"] = "Outcome",
        [$"{P}.CallLog.Fields.HttpStatus"] = "HTTP",
        [$"{P}.CallLog.Fields.Duration"] = "Time (ms)",
        [$"{P}.CallLog.Fields.Attempts"] = "Attempts",
        [$"{P}.CallLog.Fields.Contact"] = "Contact",
        [$"{P}.CallLog.Fields.Customer"] = "Customer",
        [$"{P}.CallLog.Fields.Order"] = "Order",
        [$"{P}.CallLog.Fields.Claim"] = "Reward claim",
        [$"{P}.CallLog.Export"] = "Export CSV",
        [$"{P}.CallLog.Export.Hint"] = "Download every call that matches the filters above as a CSV file (contacts stay masked).",
        [$"{P}.CallLog.Operation.SendCode"] = "Text a PIN",
        [$"{P}.CallLog.Operation.ViewWalletWithCode"] = "Open wallet with PIN",
        [$"{P}.CallLog.Operation.Wallet"] = "Read wallet",
        [$"{P}.CallLog.Operation.Signup"] = "Sign up / opt in",
        [$"{P}.CallLog.Operation.Lookup"] = "Look up member",
        [$"{P}.CallLog.Operation.Redeem"] = "Redeem reward",
        [$"{P}.CallLog.Operation.AdjustPoints"] = "Return points",
        [$"{P}.CallLog.Operation.Cart"] = "Send abandoned cart",
        [$"{P}.CallLog.Operation.Stores"] = "List stores (connection test)",
        [$"{P}.CallLog.Outcome.Succeeded"] = "Succeeded",
        [$"{P}.CallLog.Outcome.Declined"] = "Declined",
        [$"{P}.CallLog.Outcome.Error"] = "Error",
        [$"{P}.CallLog.Outcome.Cancelled"] = "Cancelled",

        [$"{P}.Dashboard.Title"] = "AIQ loyalty",
        [$"{P}.Dashboard.Today"] = "Today",
        [$"{P}.Dashboard.Last7Days"] = "Last 7 days",
        [$"{P}.Dashboard.RewardsApplied"] = "Rewards applied",
        [$"{P}.Dashboard.Redeemed"] = "Rewards redeemed",
        [$"{P}.Dashboard.PointsDeducted"] = "Points deducted",
        [$"{P}.Dashboard.PointsReturned"] = "Points returned",
        [$"{P}.Dashboard.NeedsAttention"] = "Rewards needing attention (now)",
        [$"{P}.Dashboard.CartsSent"] = "Abandoned carts sent",
        [$"{P}.Dashboard.CartsFailed"] = "Abandoned carts failed",
        [$"{P}.Dashboard.CartsSkipped"] = "Abandoned carts skipped",
        [$"{P}.Dashboard.CartsNoConsent"] = "Abandoned carts not sent: no consent",
        [$"{P}.Dashboard.AiqErrors"] = "AIQ errors",
        [$"{P}.Dashboard.Note"] = "All stores. Figures are from the store's own records (refreshed every minute); click one to see the rows behind it."
    };
}
