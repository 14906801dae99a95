using System.Data;
using System.Diagnostics;
using MySqlConnector;

namespace AiqLoyalty.CartBenchmark;

/// <summary>
/// The benchmark's own MySQL/MariaDB database: the same tables as on PostgreSQL with the types
/// nopCommerce gives them on MySQL (sized strings varchar utf8mb3, unsized longtext, bool tinyint(1),
/// Guid char(36), DateTime datetime(6); InnoDB), filled with LOAD DATA LOCAL INFILE through
/// MySqlConnector's MySqlBulkCopy (the server must allow local_infile, as MariaDB does by default).
/// </summary>
public sealed class MySqlCartDatabase : CartDatabase
{
    private const string Schema = """
        SET FOREIGN_KEY_CHECKS = 0;
        DROP TABLE IF EXISTS `AiqLoyaltyCartSync`, `AiqLoyaltyVerification`, `ShoppingCartItem`, `Order`, `Customer`, `Address`;
        SET FOREIGN_KEY_CHECKS = 1;

        CREATE TABLE `Address` (
            `Id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
            `FirstName` longtext NULL, `LastName` longtext NULL, `Email` longtext NULL, `PhoneNumber` longtext NULL,
            `CountryId` int NULL, `StateProvinceId` int NULL,
            `CreatedOnUtc` datetime(6) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

        CREATE TABLE `Customer` (
            `Id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
            `Username` varchar(1000) CHARACTER SET utf8mb3 NULL, `Email` varchar(1000) CHARACTER SET utf8mb3 NULL,
            `FirstName` varchar(1000) CHARACTER SET utf8mb3 NULL, `LastName` varchar(1000) CHARACTER SET utf8mb3 NULL,
            `Phone` varchar(1000) CHARACTER SET utf8mb3 NULL, `SystemName` varchar(400) CHARACTER SET utf8mb3 NULL,
            `BillingAddress_Id` int NULL, `ShippingAddress_Id` int NULL,
            `CustomerGuid` char(36) NOT NULL, `Active` tinyint(1) NOT NULL, `Deleted` tinyint(1) NOT NULL, `IsSystemAccount` tinyint(1) NOT NULL,
            `HasShoppingCartItems` tinyint(1) NOT NULL,
            `CreatedOnUtc` datetime(6) NOT NULL, `LastActivityDateUtc` datetime(6) NOT NULL,
            `RegisteredInStoreId` int NOT NULL,
            CONSTRAINT `FK_Customer_BillingAddress_Id_Address_Id` FOREIGN KEY (`BillingAddress_Id`) REFERENCES `Address` (`Id`),
            CONSTRAINT `FK_Customer_ShippingAddress_Id_Address_Id` FOREIGN KEY (`ShippingAddress_Id`) REFERENCES `Address` (`Id`))
            ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

        CREATE TABLE `ShoppingCartItem` (
            `Id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
            `CustomerId` int NOT NULL, `ProductId` int NOT NULL, `CustomWishlistId` int NULL,
            `StoreId` int NOT NULL, `ShoppingCartTypeId` int NOT NULL,
            `AttributesXml` longtext NULL, `CustomerEnteredPrice` decimal(18,4) NOT NULL, `Quantity` int NOT NULL,
            `RentalStartDateUtc` datetime(6) NULL, `RentalEndDateUtc` datetime(6) NULL,
            `CreatedOnUtc` datetime(6) NOT NULL, `UpdatedOnUtc` datetime(6) NOT NULL,
            CONSTRAINT `FK_ShoppingCartItem_CustomerId_Customer_Id` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`) ON DELETE CASCADE)
            ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

        CREATE TABLE `Order` (
            `Id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
            `CustomOrderNumber` longtext NOT NULL, `BillingAddressId` int NOT NULL,
            `CustomerId` int NOT NULL, `OrderGuid` char(36) NOT NULL, `StoreId` int NOT NULL, `OrderStatusId` int NOT NULL,
            `OrderTotal` decimal(18,4) NOT NULL, `Deleted` tinyint(1) NOT NULL,
            `CreatedOnUtc` datetime(6) NOT NULL,
            CONSTRAINT `FK_Order_CustomerId_Customer_Id` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`))
            ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

        CREATE TABLE `AiqLoyaltyVerification` (
            `Id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
            `StoreId` int NOT NULL, `ScopeKey` varchar(300) CHARACTER SET utf8mb3 NOT NULL, `CustomerId` int NOT NULL, `IdentityKindId` int NOT NULL,
            `IdentityValue` varchar(256) CHARACTER SET utf8mb3 NULL, `ContactId` varchar(100) CHARACTER SET utf8mb3 NULL,
            `CodeSentOnUtc` datetime(6) NULL, `LastSentOnUtc` datetime(6) NULL,
            `SendWindowStartOnUtc` datetime(6) NULL, `SendsInWindow` int NOT NULL, `FailedAttempts` int NOT NULL,
            `LockedUntilUtc` datetime(6) NULL, `VerifiedOnUtc` datetime(6) NULL, `NotMemberOnUtc` datetime(6) NULL,
            `UpdatedOnUtc` datetime(6) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

        CREATE TABLE `AiqLoyaltyCartSync` (
            `Id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
            `StoreId` int NOT NULL, `CustomerId` int NOT NULL, `Fingerprint` varchar(64) CHARACTER SET utf8mb3 NULL,
            `CartUpdatedOnUtc` datetime(6) NOT NULL, `StatusId` int NOT NULL, `Attempts` int NOT NULL,
            `HttpStatus` int NULL, `Error` varchar(1000) CHARACTER SET utf8mb3 NULL, `ContactMasked` varchar(256) CHARACTER SET utf8mb3 NULL,
            `ItemCount` int NOT NULL, `CartTotal` decimal(18,4) NOT NULL, `SentOnUtc` datetime(6) NULL, `NextAttemptOnUtc` datetime(6) NULL,
            `CreatedOnUtc` datetime(6) NOT NULL, `UpdatedOnUtc` datetime(6) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        """;

    private const string Indexes = """
        CREATE INDEX `IX_Customer_Email` ON `Customer` (`Email`);
        CREATE INDEX `IX_Customer_Deleted` ON `Customer` (`Deleted`);
        CREATE INDEX `IX_Customer_CreatedOnUtc` ON `Customer` (`CreatedOnUtc` DESC);
        CREATE INDEX `IX_ShoppingCartItem_ProductId` ON `ShoppingCartItem` (`ProductId`);
        CREATE INDEX `IX_ShoppingCartItem_CustomWishlistId` ON `ShoppingCartItem` (`CustomWishlistId`);
        CREATE INDEX `IX_ShoppingCartItem_ShoppingCartTypeId_CustomerId` ON `ShoppingCartItem` (`ShoppingCartTypeId`, `CustomerId`);
        CREATE INDEX `IX_Order_CreatedOnUtc` ON `Order` (`CreatedOnUtc` DESC);
        CREATE UNIQUE INDEX `IX_AiqLoyaltyVerification_Store_Scope` ON `AiqLoyaltyVerification` (`StoreId`, `ScopeKey`);
        CREATE UNIQUE INDEX `IX_AiqLoyaltyCartSync_Store_Customer` ON `AiqLoyaltyCartSync` (`StoreId`, `CustomerId`);
        CREATE INDEX `IX_AiqLoyaltyCartSync_Status_Updated` ON `AiqLoyaltyCartSync` (`StatusId`, `UpdatedOnUtc`);
        ANALYZE TABLE `Address`, `Customer`, `ShoppingCartItem`, `Order`, `AiqLoyaltyVerification`, `AiqLoyaltyCartSync`;
        """;

    /// <summary>Rows sent to the server per LOAD DATA.</summary>
    private const int LoadBatch = 100_000;

    private readonly string _connectionString;

    /// <summary>Creates the helper for <paramref name="connectionString"/> (a MySqlConnector connection string naming the database).</summary>
    public MySqlCartDatabase(string connectionString) => _connectionString = connectionString;

    /// <inheritdoc />
    public override async Task EnsureDatabaseAsync()
    {
        var builder = new MySqlConnectionStringBuilder(_connectionString);
        var name = string.IsNullOrEmpty(builder.Database) ? throw new ArgumentException("The connection string names no database.") : builder.Database;
        builder.Database = string.Empty;
        await using var connection = new MySqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"CREATE DATABASE IF NOT EXISTS `{name.Replace("`", "``")}` CHARACTER SET utf8mb4");
    }

    /// <inheritdoc />
    public override async Task<long> CountCartRowsAsync()
    {
        await using var connection = await OpenAsync();
        await using var exists = new MySqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name IN ('ShoppingCartItem', 'AiqLoyaltyCartSync')",
            connection);
        if (Convert.ToInt64(await exists.ExecuteScalarAsync()) != 2)
            return 0;
        await using var command = new MySqlCommand("SELECT count(*) FROM `ShoppingCartItem`", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <inheritdoc />
    public override async Task<TimeSpan> CreateAndFillAsync(DataShape shape, DateTime nowUtc)
    {
        var watch = Stopwatch.StartNew();
        var builder = new MySqlConnectionStringBuilder(_connectionString) { AllowLoadLocalInfile = true };
        await using var connection = new MySqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, Schema);
        var data = new DataGenerator(shape, nowUtc);

        // The rows are consistent by construction; as for a restore, the keys are not checked row by row while loading.
        await ExecuteAsync(connection, "SET FOREIGN_KEY_CHECKS = 0; SET UNIQUE_CHECKS = 0;");
        await LoadAsync(connection, "Address",
            [("Id", typeof(int)), ("FirstName", typeof(string)), ("LastName", typeof(string)), ("Email", typeof(string)), ("PhoneNumber", typeof(string)),
             ("CreatedOnUtc", typeof(DateTime))],
            data.Addresses(), a => [a.Id, a.FirstName, a.LastName, a.Email, a.Phone, a.CreatedOnUtc]);
        await LoadAsync(connection, "Customer",
            [("Id", typeof(int)), ("Email", typeof(string)), ("FirstName", typeof(string)), ("LastName", typeof(string)), ("Phone", typeof(string)),
             ("BillingAddress_Id", typeof(int)), ("CustomerGuid", typeof(string)), ("Active", typeof(int)), ("Deleted", typeof(int)),
             ("IsSystemAccount", typeof(int)), ("HasShoppingCartItems", typeof(int)), ("CreatedOnUtc", typeof(DateTime)),
             ("LastActivityDateUtc", typeof(DateTime)), ("RegisteredInStoreId", typeof(int))],
            data.Customers(), c => [c.Id, c.Email, c.FirstName, c.LastName, c.Phone, c.BillingAddressId, c.Guid.ToString(), 1, c.Deleted ? 1 : 0,
                0, 1, c.CreatedOnUtc, c.CreatedOnUtc, c.StoreId]);
        await LoadAsync(connection, "ShoppingCartItem",
            [("CustomerId", typeof(int)), ("ProductId", typeof(int)), ("StoreId", typeof(int)), ("ShoppingCartTypeId", typeof(int)),
             ("CustomerEnteredPrice", typeof(decimal)), ("Quantity", typeof(int)), ("CreatedOnUtc", typeof(DateTime)), ("UpdatedOnUtc", typeof(DateTime))],
            data.Items(), i => [i.CustomerId, i.ProductId, i.StoreId, i.TypeId, 0m, i.Quantity, i.CreatedOnUtc, i.UpdatedOnUtc]);
        await LoadAsync(connection, "Order",
            [("CustomOrderNumber", typeof(string)), ("BillingAddressId", typeof(int)), ("CustomerId", typeof(int)), ("OrderGuid", typeof(string)),
             ("StoreId", typeof(int)), ("OrderStatusId", typeof(int)), ("OrderTotal", typeof(decimal)), ("Deleted", typeof(int)), ("CreatedOnUtc", typeof(DateTime))],
            data.Orders(), o => [o.Number, 1, o.CustomerId, o.Guid.ToString(), o.StoreId, 30, 50m, 0, o.CreatedOnUtc]);
        await LoadAsync(connection, "AiqLoyaltyVerification",
            [("StoreId", typeof(int)), ("ScopeKey", typeof(string)), ("CustomerId", typeof(int)), ("IdentityKindId", typeof(int)),
             ("IdentityValue", typeof(string)), ("ContactId", typeof(string)), ("SendsInWindow", typeof(int)), ("FailedAttempts", typeof(int)),
             ("VerifiedOnUtc", typeof(DateTime)), ("UpdatedOnUtc", typeof(DateTime))],
            data.Verifications(), v => [v.StoreId, $"c:{v.CustomerId}", v.CustomerId, 0, v.Phone, $"c_{v.CustomerId}", 1, 0, v.VerifiedOnUtc, v.VerifiedOnUtc]);
        await ExecuteAsync(connection, "SET FOREIGN_KEY_CHECKS = 1; SET UNIQUE_CHECKS = 1;");

        await ExecuteAsync(connection, Indexes);
        return watch.Elapsed;
    }

    /// <inheritdoc />
    public override async Task ClearSyncLogAsync()
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, "TRUNCATE TABLE `AiqLoyaltyCartSync`;");
    }

    /// <inheritdoc />
    public override async Task AnalyzeSyncLogAsync()
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, "ANALYZE TABLE `AiqLoyaltyCartSync`;");
    }

    /// <inheritdoc />
    public override async Task UseIndexAsync(string name)
    {
        await using var connection = await OpenAsync();
        foreach (var index in CandidateIndexes.Values.Where(index => index is not null))
        {
            // MySQL has no DROP INDEX IF EXISTS (MariaDB has): ask the catalog first.
            await using var exists = new MySqlCommand(
                "SELECT count(*) FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'ShoppingCartItem' AND index_name = @name",
                connection);
            exists.Parameters.AddWithValue("@name", index.Name);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync()) > 0)
                await ExecuteAsync(connection, $"DROP INDEX `{index.Name}` ON `ShoppingCartItem`;");
        }

        if (CandidateIndexes[name] is { } create)
        {
            var columns = string.Join(", ", create.Columns.Select(column => $"`{column}`"));
            await ExecuteAsync(connection, $"CREATE INDEX `{create.Name}` ON `ShoppingCartItem` ({columns});");
        }

        await ExecuteAsync(connection, "ANALYZE TABLE `ShoppingCartItem`;");
    }

    /// <summary>Loads <paramref name="rows"/> into <paramref name="table"/> in batches of <see cref="LoadBatch"/> rows.</summary>
    private static async Task LoadAsync<T>(MySqlConnection connection, string table, (string Name, Type Type)[] columns, IEnumerable<T> rows, Func<T, object[]> values)
    {
        var bulk = new MySqlBulkCopy(connection) { DestinationTableName = $"`{table}`", BulkCopyTimeout = 0 };
        for (var i = 0; i < columns.Length; i++)
            bulk.ColumnMappings.Add(new MySqlBulkCopyColumnMapping(i, columns[i].Name));

        using var batch = new DataTable();
        foreach (var (name, type) in columns)
            batch.Columns.Add(name, type);

        foreach (var row in rows)
        {
            batch.Rows.Add(values(row).Select(value => value ?? DBNull.Value).ToArray());
            if (batch.Rows.Count < LoadBatch)
                continue;
            await bulk.WriteToServerAsync(batch);
            batch.Clear();
        }

        if (batch.Rows.Count > 0)
            await bulk.WriteToServerAsync(batch);
    }

    private async Task<MySqlConnection> OpenAsync()
    {
        var connection = new MySqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(MySqlConnection connection, string sql)
    {
        await using var command = new MySqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
