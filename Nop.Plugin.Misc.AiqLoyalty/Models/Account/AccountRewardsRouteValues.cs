using Nop.Web.Infrastructure;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.Account;

/// <summary>The route values of the rewards page's pager (the page number only).</summary>
public record AccountRewardsRouteValues : BaseRouteValues;
