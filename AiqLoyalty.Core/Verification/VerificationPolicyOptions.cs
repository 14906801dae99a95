namespace AiqLoyalty.Core.Verification;

/// <summary>
/// Limits on PIN verification. AIQ documents none of these (docs/aiq-api.md), so the plugin enforces them.
/// Check a configured instance with <see cref="VerificationPolicyOptionsValidator"/>.
/// </summary>
public sealed class VerificationPolicyOptions
{
    /// <summary>How long a sent code may be entered. Default 10 minutes.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Least time between two sends. Default 30 seconds.</summary>
    public TimeSpan ResendCooldown { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wrong codes allowed before a lockout. Default 5.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a lockout lasts. Default 15 minutes.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Most codes sent within one <see cref="CodeSendWindow"/> (stops SMS bombing). Default 5.</summary>
    public int MaxCodesPerWindow { get; set; } = 5;

    /// <summary>The window <see cref="MaxCodesPerWindow"/> counts in, from its first send. Default 15 minutes.</summary>
    public TimeSpan CodeSendWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a successful verification lasts. Default 60 minutes.</summary>
    public TimeSpan VerifiedLifetime { get; set; } = TimeSpan.FromMinutes(60);
}
