using AiqLoyalty.Core.Redemption;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Models.Account;
using Nop.Plugin.Misc.AiqLoyalty.Services.Account;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Web.Models.Common;

namespace Nop.Plugin.Misc.AiqLoyalty.Factories;

/// <summary>
/// The rewards page's past orders: the customer's claims that an order used (OrderId set), joined to
/// that order, which must be the same customer's, in the same store, and not deleted. Both conditions
/// are in the query, so a claim row pointing at someone else's order never shows.
/// </summary>
public class AccountRewardsModelFactory : IAccountRewardsModelFactory
{
    #region Fields

    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IRepository<Order> _orderRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public AccountRewardsModelFactory(IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService,
        IRepository<AiqRewardClaim> claimRepository,
        IRepository<Order> orderRepository)
    {
        _dateTimeHelper = dateTimeHelper;
        _localizationService = localizationService;
        _claimRepository = claimRepository;
        _orderRepository = orderRepository;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<AccountRewardsModel> PrepareAccountRewardsModelAsync(Customer customer, int storeId, int? pageNumber)
    {
        ArgumentNullException.ThrowIfNull(customer);

        var pageIndex = Math.Max(0, (pageNumber ?? 1) - 1);
        var customerId = customer.Id;
        var rows = await (
                from claim in _claimRepository.Table
                join order in _orderRepository.Table on claim.OrderId equals (int?)order.Id
                where claim.StoreId == storeId && claim.CustomerId == customerId
                    && order.StoreId == storeId && order.CustomerId == customerId && !order.Deleted
                orderby order.CreatedOnUtc descending, order.Id descending, claim.Id
                select new
                {
                    order.Id,
                    order.CustomOrderNumber,
                    order.CreatedOnUtc,
                    claim.RewardName,
                    claim.PointsDeduction,
                    claim.StateId,
                    claim.RefundRequested
                })
            .ToPagedListAsync(pageIndex, AiqLoyaltyDefaults.AccountPastOrdersPageSize);

        var model = new AccountRewardsModel
        {
            PagerModel = new PagerModel(_localizationService)
            {
                PageSize = rows.PageSize,
                TotalRecords = rows.TotalCount,
                PageIndex = rows.PageIndex,
                ShowTotalSummary = false,
                RouteActionName = AiqLoyaltyDefaults.AccountPagedRouteName,
                UseRouteLinks = true,
                RouteValues = new AccountRewardsRouteValues { PageNumber = pageIndex + 1 }
            }
        };

        foreach (var row in rows)
        {
            var status = ShopperClaimStatuses.Of((ClaimState)row.StateId, row.RefundRequested);
            model.PastOrderRewards.Add(new AccountPastOrderRewardModel
            {
                OrderId = row.Id,
                CustomOrderNumber = row.CustomOrderNumber,
                OrderDate = await _dateTimeHelper.ConvertToUserTimeAsync(row.CreatedOnUtc, DateTimeKind.Utc),
                RewardName = row.RewardName,
                Points = row.PointsDeduction,
                Status = status,
                StatusText = await _localizationService.GetResourceAsync(AccountLocaleResources.StatusName(status))
            });
        }

        return model;
    }

    #endregion
}
