using AiqLoyalty.Core.Validation;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>
/// Every phone number the tests use, in one place. All valid ones are fictional: a real area code
/// with an exchange of 555 and a line of 0100-0199, the range reserved for fiction, which
/// libphonenumber (and so the plugin) accepts as an ordinary US or Canadian number.
/// </summary>
internal static class TestPhones
{
    /// <summary>The area code of the sandbox's demo shoppers (Denver, Colorado).</summary>
    public const string DemoAreaCode = "303";

    /// <summary>Ann Lee, the demo shopper with rewards (AiqLoyalty.Sandbox/Data/demo-seed.json).</summary>
    public const string Ann = "3035550101";

    /// <summary>Ben Hidden, whose wallet hides points.</summary>
    public const string Ben = "3035550102";

    /// <summary>Cara Low, with too few points for most rewards.</summary>
    public const string Cara = "3035550103";

    /// <summary>Dan Pin, with 2000 points.</summary>
    public const string Dan = "3035550104";

    /// <summary>A valid number that is not a member of the demo data.</summary>
    public const string NonMember = "3035550199";

    /// <summary>Another valid US number (New York) outside the demo data.</summary>
    public const string OtherUs = "2125550123";

    /// <summary>The phone of the billing address the browser tests fill in at checkout.</summary>
    public const string BillingAddress = "2125550100";

    /// <summary>A valid Canadian number (Toronto).</summary>
    public const string Canadian = "4165550123";

    /// <summary>A premium-rate number.</summary>
    public const string PremiumRate = "9005550123";

    /// <summary>A toll-free number.</summary>
    public const string TollFree = "8005550123";

    /// <summary>A Jamaican number (area code 876, inside the NANP but not US or Canada).</summary>
    public const string Jamaica = "8765550123";

    /// <summary>The old demo form: area code 555 is not assigned.</summary>
    public const string UnassignedAreaCode = "5551234567";

    /// <summary>
    /// <paramref name="tenDigits"/> as a shopper might type it: each # of <paramref name="pattern"/>
    /// takes the next digit, e.g. <c>Typed(Ann, "+1 (###) ###-####")</c> is "+1 (303) 555-0101".
    /// </summary>
    public static string Typed(string tenDigits, string pattern)
    {
        if (tenDigits.Length != 10 || pattern.Count(c => c == '#') != 10)
            throw new ArgumentException("Ten digits and a pattern with ten # are needed.");

        var next = 0;
        return string.Concat(pattern.Select(c => c == '#' ? tenDigits[next++] : c));
    }

    /// <summary>
    /// A valid fictional number (random area code, 555-01xx) that is not a demo number and that
    /// <paramref name="isTaken"/> does not reject, for tests that need a phone nobody used before.
    /// </summary>
    public static async Task<string> NewFictionalAsync(Func<string, Task<bool>> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var phone = $"{Random.Shared.Next(201, 990)}5550{Random.Shared.Next(100, 200)}";
            if (phone.StartsWith(DemoAreaCode, StringComparison.Ordinal) || !PhoneNumberNormalizer.Normalize(phone).IsValid)
                continue;
            if (!await isTaken(phone))
                return phone;
        }

        throw new InvalidOperationException("No unused fictional phone number found.");
    }
}
