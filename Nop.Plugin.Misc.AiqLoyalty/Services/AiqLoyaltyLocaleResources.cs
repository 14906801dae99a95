namespace Nop.Plugin.Misc.AiqLoyalty.Services;

/// <summary>
/// Every text the plugin shows, as nopCommerce locale resources (English), gathered from one set per
/// area. Installed at install and refreshed at update; deleted at uninstall by prefix.
/// </summary>
public static class AiqLoyaltyLocaleResources
{
    private const string P = "Plugins.Misc.AiqLoyalty";

    /// <summary>Resource name to English text, all areas.</summary>
    public static IDictionary<string, string> All =>
        new[]
        {
            Configuration, Checkout.ShopperLocaleResources.All, AbandonedCarts.AbandonedCartLocaleResources.SyncLog, Exports.ExportLocaleResources.All,
            Claims.ClaimLocaleResources.All, Account.AccountLocaleResources.All, Privacy.PrivacyLocaleResources.All,
            CallLog.CallLogLocaleResources.All
        }
            .SelectMany(set => set)
            .ToDictionary(pair => pair.Key, pair => pair.Value);

    /// <summary>The configuration page, admin menu and permissions.</summary>
    private static IReadOnlyDictionary<string, string> Configuration => new Dictionary<string, string>
    {
        [$"{P}.Menu.Title"] = "AIQ loyalty",
        [$"{P}.Menu.Configuration"] = "Configuration",
        [$"{P}.Menu.Audit"] = "Rewards audit (CSV)",
        [$"{P}.Menu.Staff"] = "Redeem for a shopper",

        [$"{P}.Configuration.Credentials"] = "AIQ credentials",
        [$"{P}.Configuration.Checkout"] = "Checkout and verification",
        [$"{P}.Configuration.Redemption"] = "Rewards and redemption",
        [$"{P}.Configuration.AbandonedCarts"] = "Abandoned carts",
        [$"{P}.Configuration.Widgets"] = "Where the rewards box appears",
        [$"{P}.Configuration.ConsentPreview"] = "Consent text shoppers will read",
        [$"{P}.Configuration.ConsentPreview.Missing"] = "Enter a brand name to see the consent text.",
        [$"{P}.Configuration.PinOffWarning"] = "Without a PIN, anyone who knows or guesses a shopper's phone number or email could see and spend that shopper's points. With PIN off, the plugin opens a wallet without a code only for a logged-in customer's own account email, and only when the store validates emails (Customer settings > Registration method: Email validation) and the account is active. nopCommerce never verifies phone numbers, so a phone always needs the PIN.",
        [$"{P}.Configuration.ApiKey.Set"] = "An API key is saved. Type a new one only to replace it.",
        [$"{P}.Configuration.ApiKey.NotSet"] = "No API key is saved.",
        [$"{P}.Configuration.TaskNote"] = "The run interval applies to all stores (one scheduled task).",

        [$"{P}.Fields.Enabled"] = "Enabled",
        [$"{P}.Fields.Enabled.Hint"] = "Turn the AIQ loyalty integration on for this store.",
        [$"{P}.Fields.ApiKey"] = "API key",
        [$"{P}.Fields.ApiKey.Hint"] = "The API key from AIQ (Settings > API & Tracking). It is stored encrypted and never shown again.",
        [$"{P}.Fields.Uid"] = "UID",
        [$"{P}.Fields.Uid.Hint"] = "Your AIQ account id (usually 4 digits), from AIQ's Settings > API & Tracking.",
        [$"{P}.Fields.BaseUrl"] = "Base URL",
        [$"{P}.Fields.BaseUrl.Hint"] = "AIQ's API address. Leave the default unless you are testing against the local AIQ sandbox (http://127.0.0.1:...).",
        [$"{P}.Fields.BrandName"] = "Brand name",
        [$"{P}.Fields.BrandName.Hint"] = "Your brand as it appears in the signup consent text.",
        [$"{P}.Fields.Country"] = "Country",
        [$"{P}.Fields.Country.Hint"] = "United States or Canada. In Canada the consent text says \"club program\".",
        [$"{P}.Fields.RedemptionModel"] = "Redemption model",
        [$"{P}.Fields.RedemptionModel.Hint"] = "A (recommended): points are deducted once the order is placed. B: the chosen reward is written on the order and your in-store POS redeems it.",
        [$"{P}.Fields.RequirePin"] = "Require PIN",
        [$"{P}.Fields.RequirePin.Hint"] = "AIQ texts the shopper a 4-digit code that must be entered before rewards are shown. Off: only a logged-in customer's own email, validated by the store, opens a wallet without a code; a phone never does.",
        [$"{P}.Fields.SkipPinForNewMembers"] = "Skip the PIN for new members",
        [$"{P}.Fields.SkipPinForNewMembers.Hint"] = "Risky: a shopper who just joined sees the wallet and welcome gift without a code, so anyone could join a stranger's number (opting it into texts) and take its gift. Even on, at most one such signup per customer and per network address a day; after that the code is asked for. Off (recommended): AIQ texts the new member a code first.",
        [$"{P}.Fields.CodeLifetimeMinutes"] = "Code lifetime (minutes)",
        [$"{P}.Fields.CodeLifetimeMinutes.Hint"] = "How long a texted code can be used.",
        [$"{P}.Fields.ResendCooldownSeconds"] = "Resend wait (seconds)",
        [$"{P}.Fields.ResendCooldownSeconds.Hint"] = "How long a shopper waits before asking for another code.",
        [$"{P}.Fields.MaxFailedAttempts"] = "Wrong codes before lockout",
        [$"{P}.Fields.MaxFailedAttempts.Hint"] = "After this many wrong codes (at most 10) the phone or email, and the customer, are locked out for a while. Wrong codes are also limited per network address and store-wide.",
        [$"{P}.Fields.LockoutMinutes"] = "Lockout (minutes)",
        [$"{P}.Fields.LockoutMinutes.Hint"] = "How long the first lockout lasts (at least 5 minutes); each further lockout before a right code lasts twice as long, up to a day.",
        [$"{P}.Fields.VerifiedLifetimeMinutes"] = "Verification lasts (minutes)",
        [$"{P}.Fields.VerifiedLifetimeMinutes.Hint"] = "How long a verified shopper can use rewards before verifying again.",
        [$"{P}.Fields.MaxRewardsPerOrder"] = "Rewards per order",
        [$"{P}.Fields.MaxRewardsPerOrder.Hint"] = "The most rewards one order may use.",
        [$"{P}.Fields.AllowStackingWithStoreDiscounts"] = "Combine with store discounts",
        [$"{P}.Fields.AllowStackingWithStoreDiscounts.Hint"] = "Let rewards combine with your other discounts (otherwise nopCommerce applies only the best one).",
        [$"{P}.Fields.RequestTimeoutSeconds"] = "AIQ timeout (seconds)",
        [$"{P}.Fields.RequestTimeoutSeconds.Hint"] = "The longest any page waits for AIQ. If AIQ is slower, rewards are shown as unavailable and checkout goes on.",
        [$"{P}.Fields.ReturnPointsOnRefund"] = "Return points on full refund",
        [$"{P}.Fields.ReturnPointsOnRefund.Hint"] = "Give the points back when an order is fully refunded (they always go back when an order is cancelled).",
        [$"{P}.Fields.AbandonedCartEnabled"] = "Send abandoned carts",
        [$"{P}.Fields.AbandonedCartEnabled.Hint"] = "Send idle carts to AIQ so it can run recovery campaigns.",
        [$"{P}.Fields.AbandonedCartIdleMinutes"] = "Idle after (minutes)",
        [$"{P}.Fields.AbandonedCartIdleMinutes.Hint"] = "A cart counts as abandoned when it has not changed for this long.",
        [$"{P}.Fields.AbandonedCartMaxAgeDays"] = "Ignore carts older than (days)",
        [$"{P}.Fields.AbandonedCartMaxAgeDays.Hint"] = "Carts not touched for longer than this are not sent.",
        [$"{P}.Fields.AbandonedCartRunIntervalMinutes"] = "Run every (minutes)",
        [$"{P}.Fields.AbandonedCartRunIntervalMinutes.Hint"] = "How often the store looks for abandoned carts.",
        [$"{P}.Fields.ShowOnCartPage"] = "Shopping cart page",
        [$"{P}.Fields.ShowOnCartPage.Hint"] = "Show the rewards box in the cart's discount area.",
        [$"{P}.Fields.ShowOnOnePageCheckout"] = "One-page checkout",
        [$"{P}.Fields.ShowOnOnePageCheckout.Hint"] = "Show the rewards box in one-page checkout.",
        [$"{P}.Fields.ShowOnMultiStepCheckout"] = "Multi-step checkout",
        [$"{P}.Fields.ShowOnMultiStepCheckout.Hint"] = "Show the rewards box on the confirm step of multi-step checkout.",

        [$"{P}.Country.UnitedStates"] = "United States",
        [$"{P}.Country.Canada"] = "Canada",
        [$"{P}.RedemptionModel.RedeemOnOrder"] = "A: redeem when the order is placed (recommended)",
        [$"{P}.RedemptionModel.RecordForPos"] = "B: record the reward for the in-store POS",

        [$"{P}.Validation.BaseUrl"] = "Enter an https:// address (http:// is allowed only for a sandbox on this machine, e.g. http://127.0.0.1:5099).",
        [$"{P}.Validation.Uid"] = "Enter the UID from AIQ's Settings > API & Tracking (letters, digits, - or _).",
        [$"{P}.Validation.BrandName"] = "Enter the brand name shown in the consent text.",
        [$"{P}.Validation.ApiKey"] = "The API key may not contain spaces or special characters.",
        [$"{P}.Validation.Range"] = "Enter a value from {0} to {1}.",

        [$"{P}.TestConnection"] = "Test connection",
        [$"{P}.TestConnection.Hint"] = "Checks the credentials typed above (or the saved ones) against AIQ without saving them.",
        [$"{P}.TestConnection.Connected"] = "Connected: AIQ accepted the API key and the UID.",
        [$"{P}.TestConnection.InvalidSettings"] = "The settings are incomplete: {0}",
        [$"{P}.TestConnection.BadApiKey"] = "AIQ refused the API key. Copy it again from AIQ's Settings > API & Tracking.",
        [$"{P}.TestConnection.BadUid"] = "The API key works, but the UID belongs to another account. Check the UID in AIQ's Settings > API & Tracking.",
        [$"{P}.TestConnection.Unreachable"] = "AIQ could not be reached. Check the base URL and the server's internet connection, then try again.",
        [$"{P}.TestConnection.UnexpectedAnswer"] = "AIQ answered in an unexpected way. Try again later; if it persists, contact AIQ support.",

        [$"{P}.Orders.Title"] = "AIQ loyalty rewards",
        [$"{P}.Orders.Reward"] = "Reward",
        [$"{P}.Orders.Template"] = "AIQ template",
        [$"{P}.Orders.PosDiscount"] = "POS discount",
        [$"{P}.Orders.PointsDeduction"] = "pointsDeduction",
        [$"{P}.Orders.Status"] = "Status",
        [$"{P}.Orders.Attempts"] = "Attempts",
        [$"{P}.Orders.RedeemedOn"] = "Redeemed (UTC)",
        [$"{P}.Orders.RefundedOn"] = "Points returned (UTC)",
        [$"{P}.Orders.LastError"] = "Last error",
        [$"{P}.Orders.Retry"] = "Retry now",
        [$"{P}.Orders.Release"] = "Release",
        [$"{P}.Orders.Release.Hint"] = "The reward stays held (it cannot be applied online again) until the shopper's wallet no longer lists it. Release it once the POS has redeemed it, or will not.",
        [$"{P}.Orders.Total"] = "Total pointsDeduction",
        [$"{P}.Audit.Title"] = "AIQ rewards audit",
        [$"{P}.Audit.Intro"] = "Every order that used AIQ rewards, one row per reward, with AIQ's pointsDeduction per reward and per order.",
        [$"{P}.Audit.From"] = "From (UTC)",
        [$"{P}.Audit.To"] = "To (UTC)",
        [$"{P}.Audit.Store"] = "Store id (0 = all stores)",
        [$"{P}.Audit.Export"] = "Export CSV",
        [$"{P}.Staff.Title"] = "Redeem AIQ rewards for a shopper",
        [$"{P}.Staff.CustomerEmail"] = "Customer account email",
        [$"{P}.Staff.Find"] = "Find customer",
        [$"{P}.Staff.NotFound"] = "No customer account has that email.",
        [$"{P}.Staff.Customer"] = "Customer: {0} (#{1})",
        [$"{P}.Staff.Points"] = "Points: {0}",
        [$"{P}.Staff.Applied"] = "Applied: {0} ({1} points)",
        [$"{P}.Staff.ApplyToCart"] = "Apply to the customer's cart",
        [$"{P}.Staff.CodeSent"] = "A PIN was texted to {0}. Ask the shopper to read it out.",
        [$"{P}.Staff.Pin"] = "Shopper PIN",
        [$"{P}.Staff.Verify"] = "Verify",
        [$"{P}.Staff.LockedOut"] = "Too many wrong PINs: locked for {0} minutes.",
        [$"{P}.Staff.Phone"] = "Shopper's phone",
        [$"{P}.Staff.SendPin"] = "Text the shopper a PIN",
        [$"{P}.Staff.StartOver"] = "Start over with another phone",

        ["Security.Permission.Misc.AiqLoyalty.Manage"] = "Admin area. Manage AIQ loyalty",
        ["Security.Permission.Misc.AiqLoyalty.RedeemForShopper"] = "Admin area. Redeem AIQ rewards for a shopper"
    };

    /// <summary>Prefixes deleted at uninstall.</summary>
    public static IReadOnlyList<string> Prefixes => [P, "Security.Permission.Misc.AiqLoyalty"];
}
