using System.Diagnostics;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// The one thing the suite does to the store's database directly: forgetting a demo phone's
/// verification history (attempts, cooldown, codes per window, lockout), which the plugin keeps per
/// phone across all sessions by design, and the per-address budgets (every test comes from one
/// address), so a scenario that reuses a fixed demo phone can run again within minutes. Uses the <c>psql</c> client (no database driver in the test project). The
/// connection comes from <c>STORE_DB</c> (a libpq URI); without it the default local test store
/// (nop490 on 127.0.0.1) is tried. Best effort: a failure is printed, not thrown.
/// </summary>
public static class StoreDatabase
{
    private const string DefaultConnection = "postgresql://postgres:postgres@127.0.0.1:5432/nop490";

    /// <summary>The store database: <c>STORE_DB</c> (a libpq URI), else the default local test store.</summary>
    public static string Connection =>
        Environment.GetEnvironmentVariable("STORE_DB") is { Length: > 0 } custom ? custom : DefaultConnection;

    /// <summary>Deletes the identity-scoped verification row of a 10-digit phone.</summary>
    public static async Task ForgetPhoneAsync(string phone)
    {
        if (phone.Length != 10 || !phone.All(char.IsAsciiDigit))
            throw new ArgumentException("10 digits expected.", nameof(phone));

        await RunAsync(phone, $"DELETE FROM \"AiqLoyaltyVerification\" WHERE \"ScopeKey\" = 'p:{phone}';");
        await RunAsync(phone, "DELETE FROM \"AiqLoyaltyRateCounter\" WHERE \"CounterKey\" LIKE '%:ip:%' OR \"CounterKey\" = 'fail:store' " +
            $"OR \"CounterKey\" = 'fail:p:{phone}';");
    }

    private static async Task RunAsync(string phone, string sql)
    {
        var connection = Connection;
        try
        {
            var start = new ProcessStartInfo("psql")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false
            };
            foreach (var arg in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", connection, "-c", sql })
                start.ArgumentList.Add(arg);

            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
                TestContext.Out.WriteLine($"note: could not reset the verification state of {phone}: {(await stderr).Trim()}");
        }
        catch (Exception exception)
        {
            TestContext.Out.WriteLine($"note: could not reset the verification state of {phone} (psql: {exception.Message}).");
        }
    }
}
