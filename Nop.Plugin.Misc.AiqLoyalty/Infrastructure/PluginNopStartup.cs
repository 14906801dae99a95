using AiqLoyalty.Core.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.AiqLoyalty.Factories;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Plugin.Misc.AiqLoyalty.Services.Exports;
using Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;
using Nop.Plugin.Misc.AiqLoyalty.Services.ScheduleTasks;
using AiqLoyalty.Core.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Plugin.Misc.AiqLoyalty.Services.Dashboard;
using Nop.Plugin.Misc.AiqLoyalty.Services.Retention;
using Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;

namespace Nop.Plugin.Misc.AiqLoyalty.Infrastructure;

/// <summary>Registers the plugin's services.</summary>
public class PluginNopStartup : INopStartup
{
    /// <summary>Adds the services.</summary>
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAiqClient();
        services.AddScoped<IAiqClientProvider, AiqClientProvider>();
        services.AddScoped<IAiqDiscountCleaner, AiqDiscountCleaner>();
        services.AddScoped<IAiqScheduleTaskManager, AiqScheduleTaskManager>();
        services.AddScoped<IAiqLoyaltyModelFactory, AiqLoyaltyModelFactory>();
        services.AddScoped<IAccountRewardsModelFactory, AccountRewardsModelFactory>();
        services.AddScoped<IRewardsAuditExporter, RewardsAuditExporter>();
        services.AddScoped<ISyncLogExporter, SyncLogExporter>();
        services.AddScoped<IVerificationStore, VerificationStore>();
        services.AddScoped<IRateCounter, RateCounter>();
        services.AddScoped<IShopperIdentityReader, ShopperIdentityReader>();
        services.AddScoped<IExclusiveLock, DistributedExclusiveLock>();
        services.AddScoped<IConsentLog, ConsentLog>();
        services.AddScoped<IWalletSnapshotCache, WalletSnapshotCache>();
        services.AddScoped<ICartSubtotalReader, CartSubtotalReader>();
        services.AddScoped<IRewardDiscountGateway, RewardDiscountGateway>();
        services.AddScoped<IRewardClaimService, RewardClaimService>();
        services.AddScoped<ILoyaltyCheckoutService, LoyaltyCheckoutService>();
        services.AddScoped<IClaimOrderNotes, ClaimOrderNotes>();
        services.AddScoped<IClaimAttentionNotifier, ClaimAttentionNotifier>();
        services.AddScoped<ClaimAttentionTemplate>();
        services.AddScoped<IClaimRowWriter, ClaimRowWriter>();
        services.AddScoped<IClaimTransitions, ClaimTransitions>();
        services.AddScoped<IStaffClaimActions, StaffClaimActions>();
        services.AddScoped<RedemptionLedger>();
        services.AddScoped<IRedemptionWorker, RedemptionWorker>();
        // nopCommerce registers no TimeProvider: the claim, checkout and redemption paths take this one.
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<MvcOptions>(options => options.Filters.Add<ConfirmOrderRewardsFilter>());
        services.Configure<MvcOptions>(options => options.Filters.Add<GdprExportFilter>());
        services.AddScoped<IAiqCustomerDataService, AiqCustomerDataService>();
        services.AddScoped<IAbandonedCartCatalog, AbandonedCartCatalog>();
        services.AddScoped<IAbandonedCartConsentReader, AbandonedCartConsentReader>();
        services.AddScoped<IAbandonedCartPricing, AbandonedCartPricing>();
        services.AddScoped<IAbandonedCartBatchLoader, AbandonedCartBatchLoader>();
        services.AddScoped<ICartSyncRowWriter, CartSyncRowWriter>();
        services.AddScoped<IAbandonedCartSender, AbandonedCartSender>();
        services.AddScoped<IAbandonedCartSyncLog, AbandonedCartSyncLog>();
        services.AddScoped<IAbandonedCartStoreSync, AbandonedCartStoreSync>();
        services.AddScoped<IAbandonedCartSyncService, AbandonedCartSyncService>();
        services.AddScoped<ISyncLogModelFactory, SyncLogModelFactory>();
        services.AddScoped<IAiqCallLog, AiqCallLog>();
        services.AddScoped<ICallLogModelFactory, CallLogModelFactory>();
        services.AddScoped<ICallLogExporter, CallLogExporter>();
        services.AddScoped<IRetentionService, RetentionService>();
        services.AddScoped<IDashboardFigures, DashboardFigures>();
    }

    /// <summary>Nothing to add to the pipeline.</summary>
    public void Configure(IApplicationBuilder application)
    {
    }

    /// <summary>Runs after nopCommerce's own registrations.</summary>
    public int Order => 3000;
}
