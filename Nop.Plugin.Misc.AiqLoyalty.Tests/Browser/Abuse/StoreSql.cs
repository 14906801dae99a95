using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using System.Globalization;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser.Abuse;

/// <summary>
/// SQL against the store's database (<see cref="StoreDatabase.Connection"/>) for the abuse tests:
/// reading what the plugin wrote, setting up what an attacker cannot reach through the store (a reward
/// already on an order, a shared store discount), and letting time pass (cooldowns). The statements are
/// written once, in PostgreSQL's dialect; on MySQL/MariaDB the session is put in ANSI_QUOTES and
/// PIPES_AS_CONCAT mode (double-quoted names, || joins text) and the two PostgreSQL time expressions the
/// tests use are translated, so the same scenarios run on both databases.
/// </summary>
public static class StoreSql
{
    private static readonly (string PostgreSql, string MySql)[] TimeExpressions =
    [
        ("now() at time zone 'utc'", "UTC_TIMESTAMP(6)"),
        ("interval '10 minutes'", "INTERVAL 10 MINUTE")
    ];

    /// <summary>Runs SQL (one or more statements); returns the rows of every result, columns joined by '|'.</summary>
    public static async Task<IReadOnlyList<string>> QueryAsync(string sql)
    {
        var database = StoreDatabase.Connection;
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        if (database.Provider == StoreDatabaseProvider.MySql)
        {
            await using var mode = connection.CreateCommand();
            mode.CommandText = "SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',ANSI_QUOTES,PIPES_AS_CONCAT')";
            await mode.ExecuteNonQueryAsync();
            foreach (var (postgreSql, mySql) in TimeExpressions)
                sql = sql.Replace(postgreSql, mySql, StringComparison.OrdinalIgnoreCase);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 30;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        do
        {
            while (await reader.ReadAsync())
            {
                var values = new string[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                    values[i] = reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty;
                rows.Add(string.Join('|', values));
            }
        } while (await reader.NextResultAsync());

        return rows;
    }

    /// <summary>One value.</summary>
    public static async Task<string> ScalarAsync(string sql) => (await QueryAsync(sql)).SingleOrDefault() ?? string.Empty;

    /// <summary>The customer id behind a visitor's customer cookie.</summary>
    public static async Task<int> CustomerIdAsync(HttpShopper shopper) =>
        int.Parse(await ScalarAsync($"SELECT \"Id\" FROM \"Customer\" WHERE \"CustomerGuid\" = '{Guid.Parse(shopper.CustomerGuid)}';"));

    /// <summary>"Time passes" for a phone: its resend wait is over for every session that asked for it.</summary>
    public static async Task SkipResendWaitAsync(string phone)
    {
        await QueryAsync(
            $"UPDATE \"AiqLoyaltyVerification\" SET \"LastSentOnUtc\" = \"LastSentOnUtc\" - interval '10 minutes' " +
            $"WHERE \"ScopeKey\" = 'p:{Digits(phone)}' OR \"IdentityValue\" = '{Digits(phone)}';");
        // The wait is also the identity's one-send-per-wait budget: its window is over too.
        var waitKey = ShopperVerification.IdentityCounterKey("send-wait", VerificationScope.ForIdentity(1, ContactIdentity.Phone(Digits(phone))));
        await QueryAsync($"DELETE FROM \"AiqLoyaltyRateCounter\" WHERE \"CounterKey\" = '{waitKey}';");
    }

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
