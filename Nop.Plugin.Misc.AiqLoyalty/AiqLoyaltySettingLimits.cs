using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Verification;

namespace Nop.Plugin.Misc.AiqLoyalty;

/// <summary>
/// The one home of every number setting: its allowed range and its default (used by the
/// configuration page's validator and by the install defaults), and the conversions from the stored
/// numbers to what the code runs with (each clamps into the same range, so a value written around
/// the page cannot leave it).
/// </summary>
public static class AiqLoyaltySettingLimits
{
    #region Ranges

    /// <summary>How long a texted code stays valid, in minutes.</summary>
    public static SettingRange CodeLifetimeMinutes { get; } = new(1, 60, 10);

    /// <summary>The resend wait, in seconds.</summary>
    public static SettingRange ResendCooldownSeconds { get; } = new(10, 600, 30);

    /// <summary>Wrong codes before a lockout: at most 10, so a 4-digit PIN keeps at least 1 in 1,000 odds against a guesser.</summary>
    public static SettingRange MaxFailedAttempts { get; } = new(1, 10, 5);

    /// <summary>The first lockout, in minutes (at least 5; repeated lockouts grow from it).</summary>
    public static SettingRange LockoutMinutes { get; } = new(5, 1440, 15);

    /// <summary>How long a verification (and an applied reward) lasts, in minutes.</summary>
    public static SettingRange VerifiedLifetimeMinutes { get; } = new(5, 1440, 60);

    /// <summary>Rewards one order may use.</summary>
    public static SettingRange MaxRewardsPerOrder { get; } = new(1, 10, 1);

    /// <summary>The longest wait for one AIQ call, in seconds.</summary>
    public static SettingRange RequestTimeoutSeconds { get; } = new(1, 30, 8);

    /// <summary>Minutes without a change before a cart counts as abandoned.</summary>
    public static SettingRange AbandonedCartIdleMinutes { get; } = new(5, 10080, 60);

    /// <summary>Carts older than this many days are not sent.</summary>
    public static SettingRange AbandonedCartMaxAgeDays { get; } = new(1, 90, 7);

    /// <summary>How often the abandoned-cart task runs, in minutes.</summary>
    public static SettingRange AbandonedCartRunIntervalMinutes { get; } = new(1, 1440, 15);

    /// <summary>Sync log retention, in days.</summary>
    public static SettingRange SyncLogRetentionDays { get; } = new(1, 3650, 90);

    /// <summary>AIQ's store id (0: not mapped); AIQ's ids are positive integers.</summary>
    public static SettingRange AiqStoreId { get; } = new(0, int.MaxValue, 0);

    #endregion

    #region Conversions

    /// <summary>The core's verification policy options from the store's settings.</summary>
    public static VerificationPolicyOptions PolicyOptions(AiqLoyaltySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new VerificationPolicyOptions
        {
            CodeLifetime = TimeSpan.FromMinutes(CodeLifetimeMinutes.Clamp(settings.CodeLifetimeMinutes)),
            ResendCooldown = TimeSpan.FromSeconds(ResendCooldownSeconds.Clamp(settings.ResendCooldownSeconds)),
            MaxFailedAttempts = MaxFailedAttempts.Clamp(settings.MaxFailedAttempts),
            LockoutDuration = TimeSpan.FromMinutes(LockoutMinutes.Clamp(settings.LockoutMinutes)),
            VerifiedLifetime = TimeSpan.FromMinutes(VerifiedLifetimeMinutes.Clamp(settings.VerifiedLifetimeMinutes))
        };
    }

    /// <summary>How long a verification lasts; also how long an applied reward stays on a cart and its wallet stays cached.</summary>
    public static TimeSpan VerifiedLifetime(AiqLoyaltySettings settings) =>
        TimeSpan.FromMinutes(VerifiedLifetimeMinutes.Clamp(settings.VerifiedLifetimeMinutes));

    /// <summary>The shortest lifetime any store can give an applied reward.</summary>
    public static TimeSpan MinimumClaimLifetime => TimeSpan.FromMinutes(VerifiedLifetimeMinutes.Min);

    /// <summary>Rewards one order may use.</summary>
    public static int RewardsPerOrder(AiqLoyaltySettings settings) => MaxRewardsPerOrder.Clamp(settings.MaxRewardsPerOrder);

    /// <summary>The total time allowed for one AIQ call.</summary>
    public static TimeSpan RequestTimeout(AiqLoyaltySettings settings) =>
        TimeSpan.FromSeconds(RequestTimeoutSeconds.Clamp(settings.RequestTimeoutSeconds));

    /// <summary>
    /// The core's abandoned-cart options from the store's settings. An audience or consent source the
    /// code does not know (written around the page) reads as the privacy-preserving default.
    /// </summary>
    public static AbandonedCartOptions CartOptions(AiqLoyaltySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new AbandonedCartOptions
        {
            IdleThreshold = TimeSpan.FromMinutes(settings.AbandonedCartIdleMinutes),
            MaxAge = TimeSpan.FromDays(settings.AbandonedCartMaxAgeDays),
            Audience = Enum.IsDefined((CartAudience)settings.AbandonedCartAudienceId)
                ? (CartAudience)settings.AbandonedCartAudienceId
                : CartAudience.MembersAndConsented,
            ConsentSource = Enum.IsDefined((CartConsentSource)settings.AbandonedCartConsentSourceId)
                ? (CartConsentSource)settings.AbandonedCartConsentSourceId
                : CartConsentSource.Newsletter,
            GdprConsentId = Math.Max(0, settings.AbandonedCartGdprConsentId),
            AiqStoreId = settings.AiqStoreId > 0 ? settings.AiqStoreId : null
        };
    }

    /// <summary>The abandoned-cart task's period, in seconds (nopCommerce's ScheduleTask.Seconds).</summary>
    public static int AbandonedCartRunIntervalSeconds(AiqLoyaltySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return AbandonedCartRunIntervalMinutes.Clamp(settings.AbandonedCartRunIntervalMinutes) * 60;
    }

    #endregion
}
