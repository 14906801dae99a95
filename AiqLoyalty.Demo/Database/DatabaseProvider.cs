namespace AiqLoyalty.Demo.Database;

/// <summary>The database servers the demo installs nopCommerce on.</summary>
public enum DatabaseProvider
{
    /// <summary>PostgreSQL (Npgsql connection strings).</summary>
    PostgreSql,

    /// <summary>MySQL or MariaDB (MySqlConnector connection strings).</summary>
    MySql
}
