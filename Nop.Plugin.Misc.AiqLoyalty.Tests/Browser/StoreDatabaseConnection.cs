using System.Data.Common;
using MySqlConnector;
using Npgsql;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// Where the test store's database is: a provider and an ADO.NET connection string, read from
/// <c>STORE_DB</c> as a URL (<c>postgresql://user:password@host:port/database</c>, <c>postgres://…</c>
/// or <c>mysql://…</c>) or, with <c>STORE_DB_PROVIDER</c> (<c>postgresql</c> or <c>mysql</c>), as a
/// connection string of that provider. The drivers are the ones nopCommerce ships (Npgsql, MySqlConnector).
/// </summary>
public sealed record StoreDatabaseConnection(StoreDatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The local PostgreSQL test store (the defaults of the store build tool).</summary>
    public const string DefaultUrl = "postgresql://postgres:postgres@127.0.0.1:5432/nop490";

    /// <summary>
    /// Reads <paramref name="storeDb"/>: a URL (provider from its scheme), or a connection string whose
    /// provider <paramref name="provider"/> names; null or blank means <see cref="DefaultUrl"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value cannot be read; the message says what is expected.</exception>
    public static StoreDatabaseConnection Parse(string? storeDb, string? provider = null)
    {
        var value = string.IsNullOrWhiteSpace(storeDb) ? DefaultUrl : storeDb.Trim();
        if (value.Contains("://", StringComparison.Ordinal))
            return FromUrl(value);

        return ProviderOf(provider) is { } named
            ? new StoreDatabaseConnection(named, value)
            : throw new ArgumentException(
                "STORE_DB is not a postgresql:// or mysql:// URL; a connection string needs STORE_DB_PROVIDER=postgresql or mysql.");
    }

    /// <summary>An identifier (table or column name) quoted for this provider: "Name" on PostgreSQL, `Name` on MySQL.</summary>
    public string Quote(string identifier)
    {
        ArgumentException.ThrowIfNullOrEmpty(identifier);
        return Provider == StoreDatabaseProvider.MySql
            ? "`" + identifier.Replace("`", "``", StringComparison.Ordinal) + "`"
            : "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A new, closed connection of this provider.</summary>
    public DbConnection CreateConnection() => Provider == StoreDatabaseProvider.MySql
        ? new MySqlConnection(ConnectionString)
        : new NpgsqlConnection(ConnectionString);

    /// <summary>For messages: provider, host and database, never the password.</summary>
    public override string ToString()
    {
        DbConnectionStringBuilder builder = Provider == StoreDatabaseProvider.MySql
            ? new MySqlConnectionStringBuilder(ConnectionString)
            : new NpgsqlConnectionStringBuilder(ConnectionString);
        builder.Remove("Password");
        return $"{Provider}: {builder.ConnectionString}";
    }

    private static StoreDatabaseProvider? ProviderOf(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "postgresql" or "postgres" or "npgsql" => StoreDatabaseProvider.PostgreSql,
        "mysql" or "mariadb" => StoreDatabaseProvider.MySql,
        _ => null
    };

    private static StoreDatabaseConnection FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new ArgumentException("STORE_DB is not a valid URL (expected scheme://user:password@host:port/database).");
        var provider = ProviderOf(uri.Scheme)
            ?? throw new ArgumentException($"STORE_DB: unknown scheme '{uri.Scheme}' (expected postgresql, postgres or mysql).");
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0)
            throw new ArgumentException("STORE_DB names no database (…/database at the end).");

        var userInfo = uri.UserInfo.Split(':', 2);
        var user = Uri.UnescapeDataString(userInfo[0]);
        var password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : string.Empty;

        if (provider == StoreDatabaseProvider.MySql)
        {
            return new StoreDatabaseConnection(provider, new MySqlConnectionStringBuilder
            {
                Server = uri.Host,
                Port = uri.IsDefaultPort || uri.Port < 0 ? 3306u : (uint)uri.Port,
                UserID = user,
                Password = password,
                Database = database
            }.ConnectionString);
        }

        return new StoreDatabaseConnection(provider, new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Username = user,
            Password = password,
            Database = database
        }.ConnectionString);
    }
}
