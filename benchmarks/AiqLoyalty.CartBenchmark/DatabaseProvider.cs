namespace AiqLoyalty.CartBenchmark;

/// <summary>The database the benchmark fills and runs the plugin against (nopCommerce's providers that run here).</summary>
public enum DatabaseProvider
{
    /// <summary>PostgreSQL (Npgsql, COPY).</summary>
    PostgreSql,

    /// <summary>MySQL or MariaDB (MySqlConnector, LOAD DATA LOCAL INFILE through MySqlBulkCopy).</summary>
    MySql
}
