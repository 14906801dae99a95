using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using System.Data.Common;
using System.Globalization;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// What the browser and redemption tiers do to the store's database directly, through the ADO.NET
/// provider nopCommerce itself ships for it (Npgsql or MySqlConnector): forgetting a demo phone's
/// verification history and the per-address and store-wide budgets (the plugin keeps them across all
/// sessions by design, and every test comes from one address, so a scenario that reuses a fixed demo
/// phone can run again within minutes) and the race test's checks.
/// The database comes from <c>STORE_DB</c> (see <see cref="StoreDatabaseConnection"/>); without it the
/// default local PostgreSQL test store is used. SQL names identifiers through <see cref="Q"/> (quoting
/// differs: "Name" on PostgreSQL, `Name` on MySQL) and passes values as parameters.
/// </summary>
public static class StoreDatabase
{
    /// <summary>The store database from <c>STORE_DB</c> / <c>STORE_DB_PROVIDER</c>.</summary>
    public static StoreDatabaseConnection Connection => StoreDatabaseConnection.Parse(
        Environment.GetEnvironmentVariable("STORE_DB"), Environment.GetEnvironmentVariable("STORE_DB_PROVIDER"));

    /// <summary>An identifier quoted for the store's database.</summary>
    public static string Q(string identifier) => Connection.Quote(identifier);

    /// <summary>Runs a query; every row as its column values (DBNull as null).</summary>
    public static async Task<IReadOnlyList<object?[]>> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Connection.CreateConnection();
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Runs a query; every row's values as invariant strings joined by '|' (for messages and compact assertions).</summary>
    public static async Task<IReadOnlyList<string>> QueryLinesAsync(string sql, params (string Name, object Value)[] parameters) =>
        (await QueryAsync(sql, parameters))
            .Select(row => string.Join('|', row.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)))
            .ToList();

    /// <summary>Runs a statement; returns the rows it affected.</summary>
    public static async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Connection.CreateConnection();
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Deletes the identity-scoped verification row of a 10-digit phone. Best effort: a failure is printed, not thrown.</summary>
    public static async Task ForgetPhoneAsync(string phone)
    {
        if (phone.Length != 10 || !phone.All(char.IsAsciiDigit))
            throw new ArgumentException("10 digits expected.", nameof(phone));

        try
        {
            await ExecuteAsync($"DELETE FROM {Q("AiqLoyaltyVerification")} WHERE {Q("ScopeKey")} = @scopeKey", ("scopeKey", $"p:{phone}"));
            var scope = VerificationScope.ForIdentity(1, ContactIdentity.Phone(phone));
            await ExecuteAsync($"DELETE FROM {Q("AiqLoyaltyRateCounter")} WHERE {Q("CounterKey")} LIKE @ip OR {Q("CounterKey")} = @store OR {Q("CounterKey")} IN (@fail, @send, @wait)",
                ("ip", "%:ip:%"), ("store", "fail:store"), ("fail", ShopperVerification.IdentityCounterKey("fail", scope)),
                ("send", ShopperVerification.IdentityCounterKey("send", scope)), ("wait", ShopperVerification.IdentityCounterKey("send-wait", scope)));
        }
        catch (Exception exception)
        {
            TestContext.Out.WriteLine($"note: could not reset the verification state of {phone} ({Describe()}): {exception.Message}");
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 30;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static string Describe()
    {
        try
        {
            return Connection.ToString();
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }
}
