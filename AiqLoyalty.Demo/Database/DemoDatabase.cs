using System.Data.Common;
using System.Text.RegularExpressions;
using AiqLoyalty.Demo.Cli;
using MySqlConnector;
using Npgsql;

namespace AiqLoyalty.Demo.Database;

/// <summary>
/// The database the demo store lives in, given as a connection string: which server it is on, and
/// the two things the demo does to it besides nopCommerce's own install (count its tables, drop it).
/// Databases of real stores are out of reach: names starting with <c>nop490</c> and the servers' own
/// databases are refused.
/// </summary>
public sealed partial class DemoDatabase
{
    private static readonly string[] ReservedNames =
        ["postgres", "template0", "template1", "mysql", "information_schema", "performance_schema", "sys"];

    private DemoDatabase(DatabaseProvider provider, string connectionString, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Name = name;
    }

    /// <summary>The server kind.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The connection string as given (it is what nopCommerce stores).</summary>
    public string ConnectionString { get; }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>
    /// Reads a connection string; <paramref name="provider"/> (<c>postgresql</c> or <c>mysql</c>) says
    /// which server it is for, else the string's keywords tell (a step error when they cannot).
    /// </summary>
    public static DemoDatabase From(string connectionString, string? provider)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new DemoStepException("the connection string is empty");

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException ex)
        {
            throw new DemoStepException($"the connection string cannot be read: {ex.Message}", ex);
        }

        var name = Value(builder, "database", "initial catalog", "db");
        if (string.IsNullOrWhiteSpace(name))
            throw new DemoStepException("the connection string names no database (Database=...)");
        if (!NameRegex().IsMatch(name))
            throw new DemoStepException($"database name '{name}': use letters, digits, '_' or '-' only");
        if (name.StartsWith("nop490", StringComparison.OrdinalIgnoreCase) || ReservedNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw new DemoStepException($"database '{name}' is not a demo database: the demo never touches nop490* or a server's own databases");

        var kind = string.IsNullOrWhiteSpace(provider) ? Guess(connectionString, builder) : Parse(provider);
        return new DemoDatabase(kind, connectionString, name);
    }

    /// <summary>The provider's name as nopCommerce's appsettings and this tool spell it.</summary>
    public static string NameOf(DatabaseProvider provider) => provider == DatabaseProvider.MySql ? "mysql" : "postgresql";

    /// <summary>
    /// The number of tables in the database, or null when the database does not exist yet.
    /// Any other failure (server down, login refused) is a step error.
    /// </summary>
    public async Task<int?> CountTablesAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = Open(ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = Provider == DatabaseProvider.MySql
                ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')";
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct));
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return null;
        }
        catch (MySqlException ex) when (ex.ErrorCode == MySqlErrorCode.UnknownDatabase)
        {
            return null;
        }
        catch (DbException ex)
        {
            throw new DemoStepException($"cannot reach {NameOf(Provider)} database '{Name}': {ex.Message}", ex);
        }
    }

    /// <summary>Drops the database (connected to the server's maintenance database); true when it existed.</summary>
    public async Task<bool> DropAsync(CancellationToken ct)
    {
        var existed = await CountTablesAsync(ct) is not null;
        try
        {
            await using var connection = Open(ServerConnectionString());
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            // The name passed NameRegex, so quoting it is enough; FORCE ends the store's open sessions.
            command.CommandText = Provider == DatabaseProvider.MySql
                ? $"DROP DATABASE IF EXISTS `{Name}`"
                : $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (DbException ex)
        {
            throw new DemoStepException($"cannot drop {NameOf(Provider)} database '{Name}': {ex.Message}", ex);
        }

        return existed;
    }

    private DbConnection Open(string connectionString) => Provider == DatabaseProvider.MySql
        ? new MySqlConnection(new MySqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString)
        : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);

    private string ServerConnectionString()
    {
        if (Provider == DatabaseProvider.MySql)
            return new MySqlConnectionStringBuilder(ConnectionString) { Database = string.Empty }.ConnectionString;
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString;
    }

    private static DatabaseProvider Parse(string provider) => provider.Trim().ToLowerInvariant() switch
    {
        "postgresql" or "postgres" or "pgsql" => DatabaseProvider.PostgreSql,
        "mysql" or "mariadb" => DatabaseProvider.MySql,
        _ => throw new DemoStepException($"database provider '{provider}': expected postgresql or mysql")
    };

    private static DatabaseProvider Guess(string connectionString, DbConnectionStringBuilder builder)
    {
        // Each driver refuses keywords it does not know: a string only one of them reads is that one's.
        var postgres = Accepts(() => new NpgsqlConnectionStringBuilder(connectionString));
        var mySql = Accepts(() => new MySqlConnectionStringBuilder(connectionString));
        if (!postgres && !mySql)
            throw new DemoStepException("neither the PostgreSQL nor the MySQL driver reads this connection string (an unknown keyword?)");
        if (postgres != mySql)
            return postgres ? DatabaseProvider.PostgreSql : DatabaseProvider.MySql;

        // Both drivers read it: the servers' default ports tell, else the spellings nopCommerce itself
        // writes (Host/Username for PostgreSQL, Server/User ID for MySQL).
        switch (Value(builder, "port"))
        {
            case "5432":
                return DatabaseProvider.PostgreSql;
            case "3306":
                return DatabaseProvider.MySql;
        }

        var postgresSpelling = builder.ContainsKey("host") || builder.ContainsKey("username");
        var mySqlSpelling = builder.ContainsKey("server") || builder.ContainsKey("user id") || builder.ContainsKey("uid");
        if (postgresSpelling != mySqlSpelling)
            return postgresSpelling ? DatabaseProvider.PostgreSql : DatabaseProvider.MySql;

        throw new DemoStepException("cannot tell from the connection string whether it is PostgreSQL or MySQL/MariaDB: add --db-provider postgresql or --db-provider mysql");
    }

    private static bool Accepts(Func<DbConnectionStringBuilder> parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string? Value(DbConnectionStringBuilder builder, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (builder.TryGetValue(key, out var value) && value?.ToString() is { Length: > 0 } text)
                return text;
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_\-]{1,63}$")]
    private static partial Regex NameRegex();
}
