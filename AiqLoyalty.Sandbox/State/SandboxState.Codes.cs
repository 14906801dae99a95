using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.Models;

namespace AiqLoyalty.Sandbox.State;

/// <summary>Verification codes: send, check, read back for tests.</summary>
public sealed partial class SandboxState
{
    /// <summary>The latest code sent to a shopper (by phone or email), or null.</summary>
    public SentCode? GetLatestCode(ShopperIdentity identity)
    {
        lock (_gate)
            return FindShopper(identity)?.Code;
    }

    /// <summary>Issues a fresh 4-digit code, replacing any earlier one.</summary>
    internal (Outcome Outcome, SentCode? Sent) SendCode(ShopperIdentity identity)
    {
        lock (_gate)
        {
            var shopper = FindShopper(identity);
            if (shopper is null)
                return (Outcome.Fail(StatusCodes.Status404NotFound, identity.NotFoundMessage), null);

            var code = RandomNumberGenerator.GetInt32(0, 10_000).ToString("D4", CultureInfo.InvariantCulture);
            shopper.Code = new SentCode(code, Time.GetUtcNow());
            return (Outcome.Ok(new JsonObject { ["sent"] = true }), shopper.Code);
        }
    }

    /// <summary>The wallet, if <paramref name="code"/> is the shopper's current, unexpired code.</summary>
    internal Outcome ViewWithCode(ShopperIdentity identity, string? code, WalletContext context)
    {
        lock (_gate)
        {
            var shopper = FindShopper(identity);
            if (shopper is null)
                return Outcome.Fail(StatusCodes.Status404NotFound, identity.NotFoundMessage);

            var sent = shopper.Code;
            var lifetime = TimeSpan.FromSeconds(Seed.CodeLifetimeSeconds);
            if (sent is null || code is null || !SameCode(sent.Code, code) || Time.GetUtcNow() - sent.SentAt > lifetime)
                return Outcome.Fail(StatusCodes.Status401Unauthorized, Messages.InvalidCode);

            return Outcome.Ok(BuildWallet(shopper, context));
        }
    }

    private static bool SameCode(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given.Trim()));
}
