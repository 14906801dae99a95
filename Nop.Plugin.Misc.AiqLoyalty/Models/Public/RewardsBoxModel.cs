using AiqLoyalty.Core.Checkout;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.Public;

/// <summary>The shopper's rewards box.</summary>
public record RewardsBoxModel : BaseNopModel
{
    /// <summary>The widget zone it renders in (decides how totals refresh).</summary>
    public string Zone { get; set; }

    /// <summary>Where the shopper is.</summary>
    public VerificationStage Stage { get; set; }

    /// <summary>The identity given, masked.</summary>
    public string IdentityMasked { get; set; }

    /// <summary>The logged-in customer's own phone or email, to prefill the box.</summary>
    public string Prefill { get; set; }

    /// <summary>Whether the PIN step applies to this shopper.</summary>
    public bool RequirePin { get; set; }

    /// <summary>With PIN off: the customer's own identity (masked) the wallet can open for.</summary>
    public string OwnIdentityMasked { get; set; }

    /// <summary>The exact consent text (brand name, country wording).</summary>
    public string ConsentText { get; set; }

    /// <summary>Points, or null when the brand hides them (or the wallet is not loaded).</summary>
    public long? Points { get; set; }

    /// <summary>Whether the wallet snapshot is loaded.</summary>
    public bool WalletLoaded { get; set; }

    /// <summary>Rewards on offer.</summary>
    public IList<RewardItemModel> Rewards { get; set; } = new List<RewardItemModel>();

    /// <summary>Rewards applied to this order.</summary>
    public IList<AppliedRewardModel> Applied { get; set; } = new List<AppliedRewardModel>();

    /// <summary>Whether another reward can be applied.</summary>
    public bool CanApplyMore { get; set; }

    /// <summary>Seconds until another code may be asked for.</summary>
    public int ResendInSeconds { get; set; }

    /// <summary>Minutes until a lockout ends.</summary>
    public int LockedForMinutes { get; set; }
}
