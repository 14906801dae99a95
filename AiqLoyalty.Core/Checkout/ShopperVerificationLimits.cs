namespace AiqLoyalty.Core.Checkout;

/// <summary>
/// The limits of <see cref="ShopperVerification"/> beyond the per-identity and per-customer policy:
/// per client (IP address) and store-wide budgets, which hold however many sessions, identities or
/// servers an attacker uses, and the signup rule.
/// </summary>
public sealed record ShopperVerificationLimits
{
    /// <summary>Codes (and "not a member" probes) one client address may ask for per hour.</summary>
    public int CodesPerClientPerHour { get; init; } = 20;

    /// <summary>Wrong codes one client address may enter per hour, over all identities.</summary>
    public int FailuresPerClientPerHour { get; init; } = 20;

    /// <summary>Wrong codes the whole store accepts per hour before code checks pause (a guessing campaign from many addresses).</summary>
    public int StoreFailuresPerHour { get; init; } = 300;

    /// <summary>
    /// AIQ's "skip 2FA for new shoppers": a new member sees the wallet without a code. Off by default:
    /// anyone could then join a stranger's number to the program. Even on, at most
    /// <see cref="UnverifiedSignupsPerDay"/> per customer and per client address; beyond that the code is asked for.
    /// </summary>
    public bool SkipPinForNewMembers { get; init; }

    /// <summary>Signups without a code per customer and per client address per day.</summary>
    public int UnverifiedSignupsPerDay { get; init; } = 1;
}
