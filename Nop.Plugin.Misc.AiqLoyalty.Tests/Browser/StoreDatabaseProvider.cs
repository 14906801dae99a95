namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>The databases a test store can run on here (nopCommerce's PostgreSQL and MySQL/MariaDB providers).</summary>
public enum StoreDatabaseProvider
{
    /// <summary>PostgreSQL, through Npgsql.</summary>
    PostgreSql,

    /// <summary>MySQL or MariaDB, through MySqlConnector.</summary>
    MySql
}
