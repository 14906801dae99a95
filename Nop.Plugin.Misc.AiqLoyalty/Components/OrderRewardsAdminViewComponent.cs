using Microsoft.AspNetCore.Mvc;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Plugin.Misc.AiqLoyalty.Models.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Services.Security;
using Nop.Web.Areas.Admin.Models.Orders;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.AiqLoyalty.Components;

/// <summary>
/// On the admin order page: each AIQ reward the order used, its points and redemption status, with a
/// the actions staff may take (retry; for a claim that needs attention: mark redeemed, release, retry). Only for staff who may manage the plugin.
/// </summary>
public class OrderRewardsAdminViewComponent : NopViewComponent
{
    private readonly IPermissionService _permissionService;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IStaffClaimActions _staffActions;
    private readonly TimeProvider _clock;

    /// <summary>Creates the component.</summary>
    public OrderRewardsAdminViewComponent(IPermissionService permissionService,
        IRepository<AiqRewardClaim> claimRepository,
        IStaffClaimActions staffActions,
        TimeProvider clock)
    {
        _permissionService = permissionService;
        _claimRepository = claimRepository;
        _staffActions = staffActions;
        _clock = clock;
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
            Rewards = claims.Select(c => OrderRewardModel.From(c, _staffActions.Allowed(c, _clock.GetUtcNow().UtcDateTime))).ToList(),
            TotalPointsDeduction = claims.Sum(c => c.PointsDeduction)
        };
        return View("~/Plugins/Misc.AiqLoyalty/Views/Orders/OrderRewards.cshtml", model);
    }
}
