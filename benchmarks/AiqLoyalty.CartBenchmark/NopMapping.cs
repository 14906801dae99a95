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
    /// <summary>Options for a PostgreSQL connection string, as nopCommerce maps strings (citext).</summary>
    public static DataOptions Options(string connectionString)
    {
        var schema = new MappingSchema();
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

        return new DataOptions().UsePostgreSQL(connectionString).UseMappingSchema(schema);
    }
}
