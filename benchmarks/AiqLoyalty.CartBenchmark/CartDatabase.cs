namespace AiqLoyalty.CartBenchmark;

/// <summary>
/// The benchmark's own database: nopCommerce's Customer, Address, ShoppingCartItem and Order tables
/// (reduced to the columns the sync reads plus the NOT NULL ones that matter, with the types and indexes
/// nopCommerce gives them on that database) and the plugin's two tables, filled in bulk. Only that
/// database is ever touched.
/// </summary>
public abstract class CartDatabase
{
    /// <summary>Indexes the benchmark can put on ShoppingCartItem to see whether one pays (null: none).</summary>
    public static readonly IReadOnlyDictionary<string, CandidateIndex> CandidateIndexes = new Dictionary<string, CandidateIndex>
    {
        ["none"] = null,
        ["type-updated"] = new("IX_ShoppingCartItem_ShoppingCartTypeId_UpdatedOnUtc", "ShoppingCartTypeId", "UpdatedOnUtc"),
        ["store-type-updated"] = new("IX_ShoppingCartItem_StoreId_ShoppingCartTypeId_UpdatedOnUtc", "StoreId", "ShoppingCartTypeId", "UpdatedOnUtc"),
        // The one the plugin adds (Data/Migrations/CartItemIndexMigration.cs).
        ["type-store-customer-updated"] = new("IX_ShoppingCartItem_Type_Store_Customer_Updated", "ShoppingCartTypeId", "StoreId", "CustomerId", "UpdatedOnUtc")
    };

    /// <summary>The database of <paramref name="provider"/> at <paramref name="connectionString"/>.</summary>
    public static CartDatabase For(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSqlCartDatabase(connectionString),
        DatabaseProvider.MySql => new MySqlCartDatabase(connectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(provider))
    };

    /// <summary>Creates the database if it does not exist (never touches any other database).</summary>
    public abstract Task EnsureDatabaseAsync();

    /// <summary>Number of cart rows present (0 when the tables do not exist).</summary>
    public abstract Task<long> CountCartRowsAsync();

    /// <summary>Drops and recreates the tables and fills them.</summary>
    public abstract Task<TimeSpan> CreateAndFillAsync(DataShape shape, DateTime nowUtc);

    /// <summary>Empties the sync log (so a run starts from nothing sent).</summary>
    public abstract Task ClearSyncLogAsync();

    /// <summary>Refreshes the planner statistics of the sync log.</summary>
    public abstract Task AnalyzeSyncLogAsync();

    /// <summary>Drops every candidate index, then creates <paramref name="name"/> (if not "none") and refreshes the statistics.</summary>
    public abstract Task UseIndexAsync(string name);
}
