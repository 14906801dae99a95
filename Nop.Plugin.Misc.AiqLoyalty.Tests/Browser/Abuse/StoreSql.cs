namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser.Abuse;

/// <summary>
/// SQL against the store's database (<see cref="StoreDatabase"/>, PostgreSQL dialect) for the abuse
/// tests: reading what the plugin wrote, setting up what an attacker cannot reach through the store (a
/// reward already on an order, a shared store discount), and letting time pass (cooldowns). The SQL is
/// written for PostgreSQL (interval arithmetic, its quoting); against another database these store
/// tests are ignored with that reason, while the rules they attack are covered in the core and plugin tiers.
/// </summary>
public static class StoreSql
{
    /// <summary>Runs SQL; returns the rows, columns joined by '|'. Ignores the test on a non-PostgreSQL store.</summary>
    public static async Task<IReadOnlyList<string>> QueryAsync(string sql)
    {
        if (StoreDatabase.Connection.Provider != StoreDatabaseProvider.PostgreSql)
            Assert.Ignore($"The store-tier abuse tests set up their scenarios with PostgreSQL SQL; the store database is {StoreDatabase.Connection}.");
        return await StoreDatabase.QueryLinesAsync(sql);
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
