using LinqToDB;
using LinqToDB.Mapping;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace AiqLoyalty.CartBenchmark;

/// <summary>
/// The linq2db mapping nopCommerce builds at run time, reduced to the tables the sync reads: table
/// name = entity name (the plugin's tables through its prefixed names), column = property name,
/// except Customer's address ids (nopCommerce's name compatibility: BillingAddress_Id).
/// </summary>
public static class NopMapping
{
    /// <summary>Options for a connection string of <paramref name="provider"/>, mapped as nopCommerce maps them (strings are citext on PostgreSQL).</summary>
    public static DataOptions Options(DatabaseProvider provider, string connectionString)
    {
        var schema = new MappingSchema();
        if (provider == DatabaseProvider.PostgreSql)
            schema.SetDataType(typeof(string), new LinqToDB.SqlQuery.SqlDataType(new DbDataType(typeof(string), "citext")));
        var builder = new FluentMappingBuilder(schema);
        builder.Entity<ShoppingCartItem>().HasTableName(nameof(ShoppingCartItem)).HasPrimaryKey(e => e.Id).HasIdentity(e => e.Id);
        builder.Entity<Customer>().HasTableName(nameof(Customer)).HasPrimaryKey(e => e.Id).HasIdentity(e => e.Id)
            .Property(e => e.BillingAddressId).HasColumnName("BillingAddress_Id")
            .Property(e => e.ShippingAddressId).HasColumnName("ShippingAddress_Id");
        builder.Entity<Address>().HasTableName(nameof(Address)).HasPrimaryKey(e => e.Id).HasIdentity(e => e.Id);
        builder.Entity<Order>().HasTableName(nameof(Order)).HasPrimaryKey(e => e.Id).HasIdentity(e => e.Id);
        builder.Entity<AiqVerification>().HasTableName(AiqLoyaltyDefaults.Tables.Verification).HasPrimaryKey(e => e.Id).HasIdentity(e => e.Id);
        builder.Entity<AiqCartSync>().HasTableName(AiqLoyaltyDefaults.Tables.CartSync).HasPrimaryKey(e => e.Id).HasIdentity(e => e.Id);
        builder.Build();

        // MySQL: linq2db detects MySQL or MariaDB (and MySqlConnector) from the server, as for nopCommerce's MySQL provider.
        var options = provider == DatabaseProvider.MySql
            ? new DataOptions().UseConnectionString(ProviderName.MySql, connectionString)
            : new DataOptions().UsePostgreSQL(connectionString);
        return options.UseMappingSchema(schema);
    }
}
