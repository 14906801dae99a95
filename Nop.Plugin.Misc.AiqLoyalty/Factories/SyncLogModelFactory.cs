using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Models.SyncLog;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.AiqLoyalty.Factories;

/// <summary>Prepares the sync log page and grid.</summary>
public class SyncLogModelFactory : ISyncLogModelFactory
{
    #region Fields

    private readonly IAbandonedCartSyncLog _syncLog;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly ILocalizationService _localizationService;
    private readonly IStoreService _storeService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public SyncLogModelFactory(IAbandonedCartSyncLog syncLog,
        IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService,
        IStoreService storeService)
    {
        _syncLog = syncLog;
        _dateTimeHelper = dateTimeHelper;
        _localizationService = localizationService;
        _storeService = storeService;
    }

    #endregion

    #region Utilities

    private Task<string> StatusTextAsync(int statusId) =>
        Enum.IsDefined(typeof(CartSyncStatus), statusId)
            ? _localizationService.GetResourceAsync($"Plugins.Misc.AiqLoyalty.SyncLog.Status.{(CartSyncStatus)statusId}")
            : Task.FromResult(statusId.ToString(CultureInfo.InvariantCulture));

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<SyncLogSearchModel> PrepareSearchModelAsync(SyncLogSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        searchModel.AvailableStores.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0"));
        foreach (var store in await _storeService.GetAllStoresAsync())
            searchModel.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture)));

        searchModel.AvailableStatuses.Add(new SelectListItem(await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.SyncLog.Search.AllStatuses"), "-1"));
        foreach (var status in Enum.GetValues<CartSyncStatus>())
            searchModel.AvailableStatuses.Add(new SelectListItem(await StatusTextAsync((int)status), ((int)status).ToString(CultureInfo.InvariantCulture)));

        searchModel.SetGridPageSize();
        return searchModel;
    }

    /// <inheritdoc />
    public async Task<SyncLogListModel> PrepareListModelAsync(SyncLogSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var timeZone = await _dateTimeHelper.GetCurrentTimeZoneAsync();
        DateTime? fromUtc = searchModel.CreatedFrom.HasValue ? _dateTimeHelper.ConvertToUtcTime(searchModel.CreatedFrom.Value, timeZone) : null;
        DateTime? toUtc = searchModel.CreatedTo.HasValue ? _dateTimeHelper.ConvertToUtcTime(searchModel.CreatedTo.Value, timeZone).AddDays(1) : null;
        CartSyncStatus? status = searchModel.SearchStatusId >= 0 ? (CartSyncStatus)searchModel.SearchStatusId : null;

        var rows = await _syncLog.SearchAsync(searchModel.SearchStoreId, status, fromUtc, toUtc, searchModel.Page - 1, searchModel.PageSize);
        var storeNames = (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id, store => store.Name);

        return await new SyncLogListModel().PrepareToGridAsync(searchModel, rows, () => rows.SelectAwait(async row => new SyncLogModel
        {
            Id = row.Id,
            UpdatedOn = await _dateTimeHelper.ConvertToUserTimeAsync(row.UpdatedOnUtc, DateTimeKind.Utc),
            StoreName = storeNames.TryGetValue(row.StoreId, out var name) ? name : row.StoreId.ToString(CultureInfo.InvariantCulture),
            CustomerId = row.CustomerId,
            ContactMasked = row.ContactMasked,
            ItemCount = row.ItemCount,
            CartTotal = row.CartTotal.ToString("N2", CultureInfo.CurrentCulture),
            StatusId = row.StatusId,
            Status = await StatusTextAsync(row.StatusId),
            HttpStatus = row.HttpStatus,
            Error = row.Error,
            Attempts = row.Attempts,
            NextAttemptOn = row.NextAttemptOnUtc.HasValue ? await _dateTimeHelper.ConvertToUserTimeAsync(row.NextAttemptOnUtc.Value, DateTimeKind.Utc) : null
        }));
    }

    #endregion
}
