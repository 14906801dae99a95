using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.SyncLog;

/// <summary>One page of the sync log grid.</summary>
public record SyncLogListModel : BasePagedListModel<SyncLogModel>;
