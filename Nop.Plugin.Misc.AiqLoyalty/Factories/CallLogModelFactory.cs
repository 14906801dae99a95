using System.Globalization;
using AiqLoyalty.Core.Client;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.AiqLoyalty.Models.CallLog;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.AiqLoyalty.Factories;

/// <summary>Prepares the call log page and grid.</summary>
public class CallLogModelFactory : ICallLogModelFactory
{
    #region Fields

    private readonly IAiqCallLog _callLog;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly ILocalizationService _localizationService;
    private readonly IStoreService _storeService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public CallLogModelFactory(IAiqCallLog callLog,
        IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService,
        IStoreService storeService)
    {
        _callLog = callLog;
        _dateTimeHelper = dateTimeHelper;
        _localizationService = localizationService;
        _storeService = storeService;
    }

    #endregion

    #region Utilities

    private Task<string> OperationTextAsync(int operationId) =>
        Enum.IsDefined(typeof(AiqCall), operationId)
            ? _localizationService.GetResourceAsync($"Plugins.Misc.AiqLoyalty.CallLog.Operation.{(AiqCall)operationId}")
            : Task.FromResult(operationId.ToString(CultureInfo.InvariantCulture));

    private async Task<string> OutcomeTextAsync(int outcomeId, int? errorKindId)
    {
        var text = Enum.IsDefined(typeof(AiqCallOutcome), outcomeId)
            ? await _localizationService.GetResourceAsync($"Plugins.Misc.AiqLoyalty.CallLog.Outcome.{(AiqCallOutcome)outcomeId}")
            : outcomeId.ToString(CultureInfo.InvariantCulture);
        return errorKindId is { } kind ? $"{text} ({CallLogNames.ErrorKind(kind)})" : text;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<CallLogSearchModel> PrepareSearchModelAsync(CallLogSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var all = await _localizationService.GetResourceAsync("Admin.Common.All");
        searchModel.AvailableStores.Add(new SelectListItem(all, "0"));
        foreach (var store in await _storeService.GetAllStoresAsync())
            searchModel.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture)));

        searchModel.AvailableOperations.Add(new SelectListItem(all, "-1"));
        foreach (var operation in Enum.GetValues<AiqCall>())
            searchModel.AvailableOperations.Add(new SelectListItem(await OperationTextAsync((int)operation), ((int)operation).ToString(CultureInfo.InvariantCulture)));

        searchModel.AvailableOutcomes.Add(new SelectListItem(all, "-1"));
        foreach (var outcome in Enum.GetValues<AiqCallOutcome>())
            searchModel.AvailableOutcomes.Add(new SelectListItem(await OutcomeTextAsync((int)outcome, null), ((int)outcome).ToString(CultureInfo.InvariantCulture)));

        searchModel.SetGridPageSize();
        return searchModel;
    }

    /// <inheritdoc />
    public async Task<CallLogListModel> PrepareListModelAsync(CallLogSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var rows = await _callLog.SearchAsync(await ToFilterAsync(searchModel), searchModel.Page - 1, searchModel.PageSize);
        var storeNames = (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id, store => store.Name);
        var allStores = await _localizationService.GetResourceAsync("Plugins.Misc.AiqLoyalty.CallLog.AllStores");

        return await new CallLogListModel().PrepareToGridAsync(searchModel, rows, () => rows.SelectAwait(async row => new CallLogModel
        {
            Id = row.Id,
            StartedOn = await _dateTimeHelper.ConvertToUserTimeAsync(row.StartedOnUtc, DateTimeKind.Utc),
            StoreName = row.StoreId == 0 ? allStores : storeNames.TryGetValue(row.StoreId, out var name) ? name : row.StoreId.ToString(CultureInfo.InvariantCulture),
            Operation = await OperationTextAsync(row.OperationId),
            OutcomeId = row.OutcomeId,
            Outcome = await OutcomeTextAsync(row.OutcomeId, row.ErrorKindId),
            HttpStatus = row.HttpStatus,
            DurationMs = row.DurationMs,
            Attempts = row.Attempts,
            ContactMasked = row.ContactMasked,
            CustomerId = row.CustomerId,
            OrderId = row.OrderId,
            ClaimId = row.ClaimId
        }));
    }

    /// <inheritdoc />
    public async Task<CallLogFilter> ToFilterAsync(CallLogSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var timeZone = await _dateTimeHelper.GetCurrentTimeZoneAsync();
        DateTime? fromUtc = searchModel.StartedFrom.HasValue ? _dateTimeHelper.ConvertToUtcTime(searchModel.StartedFrom.Value.Date, timeZone) : null;
        DateTime? toUtc = searchModel.StartedTo.HasValue ? _dateTimeHelper.ConvertToUtcTime(searchModel.StartedTo.Value.Date, timeZone).AddDays(1) : null;
        AiqCall? operation = Enum.IsDefined(typeof(AiqCall), searchModel.SearchOperationId) ? (AiqCall)searchModel.SearchOperationId : null;
        AiqCallOutcome? outcome = Enum.IsDefined(typeof(AiqCallOutcome), searchModel.SearchOutcomeId) ? (AiqCallOutcome)searchModel.SearchOutcomeId : null;
        return new CallLogFilter(Math.Max(searchModel.SearchStoreId, 0), operation, outcome, fromUtc, toUtc);
    }

    #endregion
}
