using System.Diagnostics;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser.Abuse;

/// <summary>
/// SQL against the store's PostgreSQL database (psql, <see cref="StoreDatabase.Connection"/>) for the
/// abuse tests: reading what the plugin wrote, setting up what an attacker cannot reach through the
/// store (a reward already on an order, a shared store discount), and letting time pass (cooldowns).
/// </summary>
public static class StoreSql
{
    /// <summary>Runs SQL; returns the rows (unaligned, tuples only). Fails the test when psql does.</summary>
    public static async Task<IReadOnlyList<string>> QueryAsync(string sql)
    {
        var start = new ProcessStartInfo("psql") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", StoreDatabase.Connection, "-c", sql })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            Assert.Fail($"psql failed: {(await stderr).Trim()} ({sql})");
        return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>One value.</summary>
    public static async Task<string> ScalarAsync(string sql) => (await QueryAsync(sql)).SingleOrDefault() ?? string.Empty;

    /// <summary>The customer id behind a visitor's customer cookie.</summary>
    public static async Task<int> CustomerIdAsync(HttpShopper shopper) =>
        int.Parse(await ScalarAsync($"SELECT \"Id\" FROM \"Customer\" WHERE \"CustomerGuid\" = '{Guid.Parse(shopper.CustomerGuid)}';"));

    /// <summary>"Time passes" for a phone: its resend wait is over for every session that asked for it.</summary>
    public static Task SkipResendWaitAsync(string phone) => QueryAsync(
        $"UPDATE \"AiqLoyaltyVerification\" SET \"LastSentOnUtc\" = \"LastSentOnUtc\" - interval '10 minutes' " +
        $"WHERE \"ScopeKey\" = 'p:{Digits(phone)}' OR \"IdentityValue\" = '{Digits(phone)}';");

    /// <summary>Forgets every budget (all tests come from one address) and a phone's verification history.</summary>
    public static async Task ResetBudgetsAsync(params string[] phones)
    {
        await QueryAsync("DELETE FROM \"AiqLoyaltyRateCounter\";");
        foreach (var phone in phones)
            await StoreDatabase.ForgetPhoneAsync(Digits(phone));
    }

    private static string Digits(string phone) =>
        phone.All(char.IsAsciiDigit) ? phone : throw new ArgumentException("digits only", nameof(phone));
}
