using System.Globalization;
using AiqLoyalty.Core.Validation;
using AiqLoyalty.Sandbox.Models;

namespace AiqLoyalty.Demo.Shoppers;

/// <summary>
/// Picks the demo shoppers from the sandbox's seed, so the numbers printed are always the ones the
/// sandbox serves: the member with the richest wallet, a member whose brand hides points, and a
/// phone the seed does not hold (made from a member's number so it stays in the same range, and
/// accepted by the plugin's own phone rules).
/// </summary>
public static class DemoShopperPicker
{
    /// <summary>Picks the three shoppers; a seed without a member whose points show is an error.</summary>
    public static DemoShopperSet Pick(SandboxSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var withPhone = seed.Shoppers.Where(s => IsUsablePhone(s.Phone)).ToList();

        var member = withPhone
            .Where(s => !s.HidePointsInWallet && s.LoyaltyPoints > 0)
            .OrderByDescending(s => s.TemplateIds.Count)
            .ThenByDescending(s => s.LoyaltyPoints)
            .FirstOrDefault()
            ?? throw new InvalidDataException("the sandbox seed has no member with a phone whose wallet shows points");
        var hidden = withPhone.FirstOrDefault(s => s.HidePointsInWallet);
        var newPhone = UnknownPhone(seed);

        var gift = seed.WelcomeTemplateIds
            .Select(id => seed.Templates.FirstOrDefault(t => t["id"]?.ToString() == id)?["name"]?.ToString())
            .FirstOrDefault(name => !string.IsNullOrWhiteSpace(name));

        return new DemoShopperSet(
            new DemoShopper(member.Phone!, $"{Name(member)}: member, {member.LoyaltyPoints.ToString("N0", CultureInfo.InvariantCulture)} points, {Offers(member.TemplateIds.Count)} in the wallet"),
            hidden is null ? null : new DemoShopper(hidden.Phone!, $"{Name(hidden)}: member whose brand hides points (rewards, no balance)"),
            newPhone is null ? null : new DemoShopper(newPhone, "not a member: sign up in the box with the consent text"
                + (gift is null ? string.Empty : $", the welcome gift \"{gift}\" appears")));
    }

    /// <summary>
    /// A phone no seeded shopper has: a member's number with its last two digits counted down from
    /// 99, the first one the plugin's phone rules accept.
    /// </summary>
    public static string? UnknownPhone(SandboxSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var taken = seed.Shoppers.Select(s => s.Phone).Where(p => p is not null).ToHashSet(StringComparer.Ordinal);
        foreach (var phone in seed.Shoppers.Select(s => s.Phone).Where(IsUsablePhone))
        {
            for (var ending = 99; ending >= 0; ending--)
            {
                var candidate = phone![..^2] + ending.ToString("00", CultureInfo.InvariantCulture);
                if (!taken.Contains(candidate) && IsUsablePhone(candidate))
                    return candidate;
            }
        }

        return null;
    }

    private static bool IsUsablePhone(string? phone) =>
        phone is { Length: PhoneNumberNormalizer.NationalLength } && PhoneNumberNormalizer.Normalize(phone) is { IsValid: true } result && result.Value == phone;

    private static string Name(SeedShopper shopper) =>
        string.Join(' ', new[] { shopper.FirstName, shopper.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name
            ? name
            : shopper.ContactID;

    private static string Offers(int count) => count == 1 ? "1 offer" : $"{count} offers";
}
