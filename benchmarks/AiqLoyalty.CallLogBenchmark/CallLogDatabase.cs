using LinqToDB;
using LinqToDB.Mapping;
using Nop.Plugin.Misc.AiqLoyalty;
using Nop.Plugin.Misc.AiqLoyalty.Data.Migrations;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Npgsql;

namespace AiqLoyalty.CallLogBenchmark;

/// <summary>
/// The benchmark's PostgreSQL database: created when missing, with the call log table as the plugin's
/// migration makes it on nopCommerce (citext text, timestamp(6), the same two indexes), emptied per run.
/// </summary>
public static class CallLogDatabase
{
    /// <summary>Creates the database (when missing) and a fresh, empty call log table.</summary>
    public static async Task PrepareAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database ?? throw new ArgumentException("The connection string names no database.");
        if (database.StartsWith("nop490", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException("Refusing a store's database (nop490*): give the benchmark its own.");

        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" };
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
        }

        var table = AiqLoyaltyDefaults.Tables.CallLog;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var ddl = new NpgsqlCommand($"""
            CREATE EXTENSION IF NOT EXISTS citext;
            DROP TABLE IF EXISTS "{table}";
            CREATE TABLE "{table}" (
                "Id" serial PRIMARY KEY,
                "StoreId" integer NOT NULL,
                "StartedOnUtc" timestamp(6) without time zone NOT NULL,
                "OperationId" integer NOT NULL,
                "OutcomeId" integer NOT NULL,
                "ErrorKindId" integer NULL,
                "HttpStatus" integer NULL,
                "DurationMs" integer NOT NULL,
                "Attempts" integer NOT NULL,
                "ContactMasked" citext NULL,
                "CustomerId" integer NULL,
                "OrderId" integer NULL,
                "ClaimId" integer NULL);
            CREATE INDEX "{CallLogMigration.StoreStartedIndex}" ON "{table}" ("StoreId", "StartedOnUtc");
            CREATE INDEX "{CallLogMigration.OutcomeStartedIndex}" ON "{table}" ("OutcomeId", "StartedOnUtc");
            """, connection);
        await ddl.ExecuteNonQueryAsync();
    }

    /// <summary>Rows in the call log.</summary>
    public static async Task<long> CountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{AiqLoyaltyDefaults.Tables.CallLog}\"", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>linq2db options mapped as nopCommerce maps the table (strings are citext on PostgreSQL).</summary>
    public static DataOptions Options(string connectionString)
    {
        var schema = new MappingSchema();
        schema.SetDataType(typeof(string), new LinqToDB.SqlQuery.SqlDataType(new DbDataType(typeof(string), "citext")));
        var builder = new FluentMappingBuilder(schema);
        builder.Entity<AiqCallLogEntry>().HasTableName(AiqLoyaltyDefaults.Tables.CallLog).HasPrimaryKey(e => e.Id).HasIdentity(e => e.Id);
        builder.Build();
        return new DataOptions().UsePostgreSQL(connectionString).UseMappingSchema(schema);
    }
}
