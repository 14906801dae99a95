using Microsoft.AspNetCore.Mvc;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Models.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Services.Security;
using Nop.Web.Areas.Admin.Models.Orders;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.AiqLoyalty.Components;

/// <summary>
/// On the admin order page: each AIQ reward the order used, its points and redemption status, with a
/// retry for the ones that need one. Only for staff who may manage the plugin.
/// </summary>
public class OrderRewardsAdminViewComponent : NopViewComponent
{
    private readonly IPermissionService _permissionService;
    private readonly IRepository<AiqRewardClaim> _claimRepository;

    /// <summary>Creates the component.</summary>
    public OrderRewardsAdminViewComponent(IPermissionService permissionService, IRepository<AiqRewardClaim> claimRepository)
    {
        _permissionService = permissionService;
        _claimRepository = claimRepository;
    }

    /// <summary>Renders the block, or nothing when the order used no reward or the staff member may not see it.</summary>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (additionalData is not OrderModel order || !await _permissionService.AuthorizeAsync(AiqLoyaltyPermissionConfigManager.MANAGE_AIQ_LOYALTY))
            return Content(string.Empty);

        var claims = await _claimRepository.Table.Where(c => c.OrderId == order.Id).OrderBy(c => c.Id).ToListAsync();
        if (claims.Count == 0)
            return Content(string.Empty);

        var model = new OrderRewardsModel
        {
            OrderId = order.Id,
            Rewards = claims.Select(OrderRewardModel.From).ToList(),
            TotalPointsDeduction = claims.Sum(c => c.PointsDeduction)
        };
        return View("~/Plugins/Misc.AiqLoyalty/Views/Orders/OrderRewards.cshtml", model);
    }
}
