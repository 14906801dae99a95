using FluentMigrator;
using Nop.Core.Domain.Orders;
using Nop.Data.Mapping;
using Nop.Data.Migrations;

namespace Nop.Plugin.Misc.AiqLoyalty.Data.Migrations;

/// <summary>
/// Adds an index on ShoppingCartItem (ShoppingCartTypeId, StoreId, CustomerId, UpdatedOnUtc) for the
/// abandoned-cart selection: it filters cart rows by type, store and change time and groups them by
/// customer in keyset batches, which this index answers with an index-only scan in customer order.
/// benchmarks/AiqLoyalty.CartBenchmark measured it (see its README); nopCommerce has no index on
/// StoreId or UpdatedOnUtc.
/// </summary>
/// <remarks>
/// Process type NoMatter on purpose: nopCommerce runs Installation and NoMatter migrations when the
/// plugin is installed but only records Update migrations as applied without running them, so an
/// Update migration would leave fresh installs without the index; NoMatter runs at install or, on an
/// existing install, at the next plugin update, once. At uninstall nopCommerce calls Down on every
/// applied migration of the plugin (newest first), so <see cref="Down"/> drops the index: it belongs
/// to a nopCommerce table that outlives the plugin.
/// </remarks>
[NopMigration("2026/11/26 09:00:00:0000001", "Misc.AiqLoyalty abandoned-cart index on ShoppingCartItem", MigrationProcessType.NoMatter)]
public class CartItemIndexMigration : Migration
{
    /// <summary>The index name.</summary>
    public const string IndexName = "IX_ShoppingCartItem_Type_Store_Customer_Updated";

    private static string TableName => NameCompatibilityManager.GetTableName(typeof(ShoppingCartItem));

    /// <summary>Creates the index unless it is there.</summary>
    public override void Up()
    {
        if (Schema.Table(TableName).Index(IndexName).Exists())
            return;

        Create.Index(IndexName).OnTable(TableName)
            .OnColumn(nameof(ShoppingCartItem.ShoppingCartTypeId)).Ascending()
            .OnColumn(nameof(ShoppingCartItem.StoreId)).Ascending()
            .OnColumn(nameof(ShoppingCartItem.CustomerId)).Ascending()
            .OnColumn(nameof(ShoppingCartItem.UpdatedOnUtc)).Ascending()
            .WithOptions().NonClustered();
    }

    /// <summary>Drops the index (plugin uninstall).</summary>
    public override void Down()
    {
        if (Schema.Table(TableName).Index(IndexName).Exists())
            Delete.Index(IndexName).OnTable(TableName);
    }
}
