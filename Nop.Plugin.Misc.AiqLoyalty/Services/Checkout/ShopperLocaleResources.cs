using AiqLoyalty.Core.Validation;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>The shopper-facing texts of the rewards box.</summary>
public static class ShopperLocaleResources
{
    private const string P = "Plugins.Misc.AiqLoyalty.Shopper";

    /// <summary>
    /// The resource of a refused input: the core's stable error code under this area's prefix
    /// (e.g. Plugins.Misc.AiqLoyalty.Shopper.Input.Aiq.Phone.TollFree).
    /// </summary>
    public static string InputErrorName(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"{P}.Input.{error.Code}";
    }

    /// <summary>Resource name to English text: the rewards box's texts and one per input error of the core.</summary>
    public static IReadOnlyDictionary<string, string> All => Texts
        .Concat(ValidationErrors.All.Select(error => KeyValuePair.Create(InputErrorName(error), error.DefaultMessage)))
        .ToDictionary(pair => pair.Key, pair => pair.Value);

    private static IReadOnlyDictionary<string, string> Texts => new Dictionary<string, string>
    {
        [$"{P}.Title"] = "Use your rewards",
        [$"{P}.Intro"] = "Enter your phone number or email. We'll send you a 4-digit code to unlock your rewards.",
        [$"{P}.Contact"] = "Phone or email",
        [$"{P}.SendCode"] = "Send code",
        [$"{P}.CodeSentTo"] = "We sent a code to {0}.",
        [$"{P}.Code"] = "4-digit code",
        [$"{P}.Verify"] = "Unlock rewards",
        [$"{P}.Resend"] = "Resend code",
        [$"{P}.ResendIn"] = "You can ask for a new code in {0} seconds.",
        [$"{P}.UseDifferent"] = "Use a different number or email",
        [$"{P}.OwnWallet"] = "Show my rewards ({0})",
        [$"{P}.Points"] = "You have {0} points.",
        [$"{P}.NoRewards"] = "You have no rewards to use online right now.",
        [$"{P}.PointsCost"] = "{0} points",
        [$"{P}.Apply"] = "Apply",
        [$"{P}.Remove"] = "Remove",
        [$"{P}.Applied"] = "Applied to this order",
        [$"{P}.ShowRewards"] = "Show my rewards",
        [$"{P}.MaxReached"] = "This order already uses the most rewards allowed.",
        [$"{P}.Signup.Title"] = "Join our rewards program",
        [$"{P}.Signup.Intro"] = "{0} isn't a member yet. Join now and see your welcome gift right away.",
        [$"{P}.Signup.FirstName"] = "First name (optional)",
        [$"{P}.Signup.LastName"] = "Last name (optional)",
        [$"{P}.Signup.Join"] = "Join and show my rewards",
        [$"{P}.LockedOut"] = "Too many wrong codes. For your security, try again in {0} minutes.",

        [$"{P}.Outcome.CodeSent"] = "We sent you a code. It may take a minute to arrive.",
        [$"{P}.Outcome.Verified"] = "Your rewards are unlocked.",
        [$"{P}.Outcome.InvalidInput"] = "Please enter a 10-digit US or Canadian phone number, or an email address.",
        [$"{P}.Outcome.InvalidCode"] = "Please enter the 4-digit code we sent you.",
        [$"{P}.Outcome.NotMember"] = "We couldn't find a rewards member with that phone number or email.",
        [$"{P}.Outcome.Cooldown"] = "Please wait a few seconds before asking for another code.",
        [$"{P}.Outcome.TooManyCodes"] = "You've asked for several codes. Please wait a few minutes, then try again.",
        [$"{P}.Outcome.LockedOut"] = "Too many wrong codes. For your security, rewards are locked for a while. Your order can still go ahead.",
        [$"{P}.Outcome.WrongCode"] = "That code isn't right. You have {0} more tries.",
        [$"{P}.Outcome.CodeExpired"] = "That code has expired. Ask for a new one.",
        [$"{P}.Outcome.NoCodeSent"] = "Ask for a code first.",
        [$"{P}.Outcome.Busy"] = "We're still working on your last request. Try again in a moment.",
        [$"{P}.Outcome.ConsentRequired"] = "To join, please tick the box to agree.",
        [$"{P}.Outcome.SignupNotAllowed"] = "This number or email is already a member. Verify with a code instead.",
        [$"{P}.Outcome.NotVerified"] = "Please verify again to use your rewards.",
        [$"{P}.Outcome.Unavailable"] = "Rewards are unavailable right now. You can still place your order.",

        [$"{P}.Apply.None"] = "Your reward is applied.",
        [$"{P}.Apply.NotVerified"] = "Please verify again to use your rewards.",
        [$"{P}.Apply.NotOffered"] = "That reward is no longer available.",
        [$"{P}.Apply.AlreadyApplied"] = "That reward is already applied.",
        [$"{P}.Apply.MaxRewardsReached"] = "This order already uses the most rewards allowed.",
        [$"{P}.Apply.NotEnoughPoints"] = "You don't have enough points for that reward yet.",
        [$"{P}.Apply.BelowMinimum"] = "Your order total is below this reward's minimum.",
        [$"{P}.Apply.NotAvailableOnline"] = "This reward can only be used in store.",
        [$"{P}.Apply.ClaimedElsewhere"] = "That reward is already being used in another cart or browser.",
        [$"{P}.Apply.Unavailable"] = "Rewards are unavailable right now. You can still place your order.",
        [$"{P}.Removed"] = "The reward was removed.",
        [$"{P}.NoLongerAvailable"] = "These rewards are no longer available and were removed from your order: {0}"
    };
}
